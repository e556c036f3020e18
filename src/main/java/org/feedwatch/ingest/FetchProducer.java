package org.feedwatch.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.feedwatch.config.DemoConfig;
import org.feedwatch.config.FetchConfig;
import org.feedwatch.config.ServerConfig;

/** Builds the one fetcher and parser of the server from configuration. */
@ApplicationScoped
public class FetchProducer {

    @Inject
    FetchConfig config;

    @Inject
    ServerConfig server;

    @Inject
    DemoConfig demo;

    @Produces
    @Singleton
    FeedFetcher fetcher() {
        Set<String> allowed = new LinkedHashSet<>(config.allowedHosts());
        if (demo.enabled()) {
            // The demo feeds are served by this server itself, usually on localhost.
            URI self = URI.create(server.baseUrl());
            int port = self.getPort() != -1 ? self.getPort() : ("https".equals(self.getScheme()) ? 443 : 80);
            allowed.add(self.getHost() + ":" + port);
        }
        FetchSettings settings = new FetchSettings(config.connectTimeout(), config.totalTimeout(),
                config.maxBodyBytes(), config.maxRedirects(), config.userAgent(), allowed);
        return new FeedFetcher(settings, new AddressGuard(allowed));
    }

    @Produces
    @Singleton
    FeedParser parser(Clock clock) {
        return new FeedParser(clock);
    }
}
