package org.feedwatch.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the server is reachable from outside (links in mail) and where it keeps and finds its files. */
@ApplicationScoped
public class ServerConfig {

    @Inject
    @ConfigProperty(name = "feedwatch.base-url", defaultValue = "http://localhost:9080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "feedwatch.data.dir")
    String dataDir;

    /** The curated topic files; the server.xml default is the {@code topics} folder of the server config. */
    @Inject
    @ConfigProperty(name = "feedwatch.topics.dir")
    String topicsDir;

    /** The curated people the sign-up offers; the server.xml default is {@code people.csv} in the server config. */
    @Inject
    @ConfigProperty(name = "feedwatch.people.file")
    String peopleFile;

    @PostConstruct
    void check() {
        URI uri = URI.create(baseUrl);
        ConfigCheck.require("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()),
                "feedwatch.base-url", "must be an http(s) URL, got '" + baseUrl + "'");
    }

    /** The public base URL without a trailing slash, e.g. {@code https://alerts.example.org}. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public Path dataDir() {
        return Path.of(dataDir);
    }

    public Path topicsDir() {
        return Path.of(topicsDir);
    }

    public Path peopleFile() {
        return Path.of(peopleFile);
    }
}
