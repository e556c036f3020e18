package org.feedwatch.config;

/** Rejects a configuration value with a message that names the key, so an operator knows what to fix. */
final class ConfigCheck {
    private ConfigCheck() {
    }

    static void require(boolean condition, String key, String problem) {
        if (!condition) {
            throw new IllegalStateException("Configuration " + key + ": " + problem);
        }
    }
}
