package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UserAgentTest {

    @Test
    void namesFeedwatchItsVersionAndTheContactUrl() {
        assertEquals("Feedwatch/0.1.0 (+https://feeds.example.org/about)",
                UserAgent.of("0.1.0", "https://feeds.example.org/about"));
    }

    @Test
    void keepsTheProductTokenOneToken() {
        assertEquals("Feedwatch/1.0-beta-2 (+mailto:ops@example.org)", UserAgent.of(" 1.0 beta/2 ",
                "mailto:ops@example.org"));
        assertEquals("Feedwatch/unknown (+https://x.example)", UserAgent.of(" ", "https://x.example"));
    }
}
