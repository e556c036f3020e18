package org.feedwatch.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The HTML pages and the demo feeds, at the root. */
@ApplicationPath("")
public class PagesApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(HomePage.class, SubscriptionPages.class, DevMailboxResource.class, DemoFeedResource.class,
                AdminAuthFilter.class, SecurityHeaders.class);
    }
}
