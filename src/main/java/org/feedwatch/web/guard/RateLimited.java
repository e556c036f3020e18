package org.feedwatch.web.guard;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client (by IP address) may call the annotated resource method or class:
 * {@code @RateLimited("preview")} reads {@code feedwatch.ratelimit.preview.per-ip}. Methods that share a name share
 * one budget per client. Over the limit the answer is 429 with Retry-After ({@link RateLimitFilter}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {

    /** The limit's name, the middle of its configuration key. */
    String value() default "";
}
