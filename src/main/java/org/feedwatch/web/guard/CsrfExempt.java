package org.feedwatch.web.guard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method whose POST comes from outside our pages by design and proves itself otherwise: the RFC 8058
 * one-click unsubscribe (posted by mail providers, signed link) and WebSub deliveries (hub signature).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CsrfExempt {
}
