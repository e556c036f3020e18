package org.feedwatch.ingest;

import java.util.Objects;

/** The User-Agent Feedwatch sends: its name, its version and where a publisher can find out who polls them. */
final class UserAgent {

    private UserAgent() {
    }

    /** e.g. {@code Feedwatch/0.1.0 (+https://github.com/feedwatch/feedwatch)}; blanks in the version become '-'. */
    static String of(String version, String contactUrl) {
        String token = Objects.requireNonNull(version, "version").strip().replaceAll("[\\s()/]+", "-");
        return "Feedwatch/" + (token.isEmpty() ? "unknown" : token) + " (+" + Objects.requireNonNull(contactUrl,
                "contactUrl").strip() + ")";
    }
}
