package org.feedwatch.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server the IT server must never reach: it listens on a loopback address or port outside the
 * allow-list and answers every request with a valid feed, so a fetch that got through would succeed instead of
 * failing. {@link #hits()} proves that nothing arrived.
 */
final class LoopbackCanary implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();

    /** @param address a loopback literal: 127.0.0.1, 127.0.0.2 or ::1; the port is picked by the system */
    LoopbackCanary(String address) {
        try {
            InetAddress bind = InetAddress.getByName(address);
            if (!bind.isLoopbackAddress()) {
                throw new IllegalArgumentException(address + " is not a loopback address");
            }
            server = HttpServer.create(new InetSocketAddress(bind, 0), 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] feed = FeedServer.rss("canary", FeedServer.item("canary", "reached the canary", "should not be"))
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            try (exchange) {
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
                exchange.sendResponseHeaders(200, feed.length);
                exchange.getResponseBody().write(feed);
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    int hits() {
        return hits.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
