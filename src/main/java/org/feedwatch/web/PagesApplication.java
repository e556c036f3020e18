package org.feedwatch.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.feedwatch.web.admin.AdminMailboxPage;
import org.feedwatch.web.admin.AdminOutboxPage;
import org.feedwatch.web.admin.AdminSubscriberPage;
import org.feedwatch.web.admin.AdminSubscribersPage;
import org.feedwatch.web.admin.AdminTopicsPage;
import org.feedwatch.web.guard.CsrfCheck;
import org.feedwatch.web.guard.CsrfCookieWriter;
import org.feedwatch.web.guard.OriginCheck;
import org.feedwatch.web.guard.RateLimitFilter;

/** The HTML pages (the admin console under /admin among them), the public sign-up and its confirmation link, the demo feeds, subscribers' private Atom feeds and the public WebSub callbacks, at the root. */
@ApplicationPath("")
public class PagesApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        // The sign-up's bad input is a JSON 400 naming the field, as in the admin API.
        return Set.of(HomePage.class, SubscriptionPages.class, ManagePages.class, ManageDataPages.class,
                SubscribePages.class, PublicPreviewResource.class,
                ApiExceptionMappers.InvalidInput.class, ApiExceptionMappers.BadJson.class, ReadOnlinePage.class,
                DevMailboxResource.class, org.feedwatch.web.auth.LoginPage.class, org.feedwatch.web.auth.LogoutPage.class,
                AdminDashboardPage.class, AdminFeedsPage.class, AdminTopicsPage.class, AdminSubscribersPage.class,
                AdminSubscriberPage.class, AdminOutboxPage.class, AdminMailboxPage.class,
                DemoFeedResource.class, WebSubCallback.class, SubscriberFeedResource.class, AdminAuthFilter.class,
                SecurityHeaders.class, PageErrors.class, StaticFiles.class, OriginCheck.class, CsrfCheck.class,
                CsrfCookieWriter.class, RateLimitFilter.class);
    }
}
