package org.feedwatch.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.feedwatch.config.DemoConfig;
import org.feedwatch.config.FetchConfig;
import org.feedwatch.config.ServerConfig;

/** Builds the one fetcher, parser and poll schedule of the server from configuration. */
@ApplicationScoped
public class FetchProducer {

    private static final Logger LOG = Logger.getLogger(FetchProducer.class.getName());

    /** Written by the build (src/main/filtered): a class-path resource, readable on any thread. */
    private static final String VERSION_FILE = "/feedwatch-version.properties";

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
        FetchSettings settings = new FetchSettings(config.connectTimeout(), config.firstByteTimeout(),
                config.totalTimeout(), config.maxBodyBytes(), config.maxRedirects(),
                UserAgent.of(version(), config.contactUrl()), allowed, config.perHostConcurrency());
        return new FeedFetcher(settings, new AddressGuard(allowed));
    }

    @Produces
    @Singleton
    FeedParser parser(Clock clock) {
        return new FeedParser(clock);
    }

    @Produces
    @Singleton
    PollSchedule schedule() {
        return new PollSchedule(new PollingBounds(config.minInterval(), config.maxInterval(), config.maxBackoff(),
                config.activityWindow()), () -> ThreadLocalRandom.current().nextDouble());
    }

    private String version() {
        try (InputStream in = FetchProducer.class.getResourceAsStream(VERSION_FILE)) {
            if (in != null) {
                Properties pom = new Properties();
                pom.load(in);
                String version = pom.getProperty("version", "");
                if (!version.isBlank()) {
                    return version;
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Cannot read the version from " + VERSION_FILE + ": " + e.getMessage());
        }
        return "dev";
    }
}
