package org.feedwatch.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.feedwatch.web.guard.OriginCheck;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The admin JSON API at /api (its OpenAPI document is at /openapi). */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Feedwatch admin API", version = "0.1",
        description = "Feeds, subscribers, watch rules, matches and digests. HTTP Basic as the administrator."))
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(FeedResource.class, FeedItemResource.class, OpmlResource.class, SubscriberResource.class,
                OutboxResource.class, RuleResource.class, TopicResource.class, AdminAuthFilter.class,
                SecurityHeaders.class, OriginCheck.class,
                ApiExceptionMappers.InvalidInput.class, ApiExceptionMappers.AlreadyExists.class,
                ApiExceptionMappers.BadJson.class, ApiExceptionMappers.Web.class,
                ApiExceptionMappers.Unexpected.class);
    }
}
