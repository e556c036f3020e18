package org.feedwatch.rule.topic;

/** A topic file was added, changed or removed: rules that use topics must be compiled again. */
public record TopicsChanged() {
}
