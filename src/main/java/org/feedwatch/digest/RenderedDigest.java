package org.feedwatch.digest;

/**
 * The two bodies of one digest mail, for a multipart/alternative message.
 *
 * @param html the text/html part
 * @param text the text/plain part (written for plain text, not stripped HTML)
 */
public record RenderedDigest(String html, String text) {
}
