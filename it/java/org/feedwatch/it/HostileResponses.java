package org.feedwatch.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Answers a hostile or broken feed server gives, as {@link FeedServer.Responder}s. */
final class HostileResponses {

    private static final int CHUNK = 64 * 1024;

    private HostileResponses() {
    }

    static FeedServer.Responder redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    /** Exactly these bytes, with the given Content-Type and Content-Encoding (null for none). */
    static FeedServer.Responder bytes(byte[] body, String contentType, String contentEncoding) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            if (contentEncoding != null) {
                exchange.getResponseHeaders().add("Content-Encoding", contentEncoding);
            }
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        };
    }

    static FeedServer.Responder text(String body, String contentType) {
        return bytes(body.getBytes(StandardCharsets.UTF_8), contentType, null);
    }

    /**
     * A feed that goes on for {@code size} bytes, generated chunk by chunk as it is sent (never held in memory);
     * with {@code declared} the size is announced in Content-Length, otherwise it is sent chunked.
     */
    static FeedServer.Responder huge(long size, boolean declared) {
        return exchange -> {
            byte[] start = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>huge</title><description>"
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] filler = new byte[CHUNK];
            Arrays.fill(filler, (byte) 'x');
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, declared ? size : 0);
            OutputStream out = exchange.getResponseBody();
            out.write(start);
            for (long sent = start.length; sent < size; sent += CHUNK) {
                out.write(filler, 0, (int) Math.min(CHUNK, size - sent));
            }
        };
    }

    /** gzip of {@code unpackedSize} zero bytes: a few tens of kilobytes on the wire. */
    static byte[] gzipBomb(long unpackedSize) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            byte[] zeros = new byte[CHUNK];
            for (long written = 0; written < unpackedSize; written += CHUNK) {
                gzip.write(zeros, 0, (int) Math.min(CHUNK, unpackedSize - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packed.toByteArray();
    }
}
