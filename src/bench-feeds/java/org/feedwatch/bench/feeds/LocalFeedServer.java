package org.feedwatch.bench.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a {@link FeedCorpus} on 127.0.0.1 (an ephemeral port) at {@code /feeds/<i>.xml}, the way a well-behaved
 * publisher does: gzip (always, as the fetcher always asks for it), an ETag on every answer, 304 with no body when
 * {@code If-None-Match} names the current version, {@code Cache-Control: max-age=300}. The bodies are compressed
 * in advance, so the server costs little CPU; it still runs in the benchmark's JVM and shares its two cores.
 */
final class LocalFeedServer implements AutoCloseable {

    private final FeedCorpus corpus;
    private final HttpServer server;
    private final ExecutorService workers;

    LocalFeedServer(FeedCorpus corpus, int threads) throws IOException {
        this.corpus = corpus;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        this.workers = Executors.newFixedThreadPool(threads);
        server.setExecutor(workers);
        server.createContext("/feeds/", this::answer);
        server.start();
    }

    String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    URI feedUri(int feed) {
        return URI.create("http://" + hostPort() + "/feeds/" + feed + ".xml");
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int feed;
            try {
                feed = Integer.parseInt(path.substring("/feeds/".length(), path.length() - ".xml".length()));
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (feed < 0 || feed >= corpus.feedCount()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = corpus.etag(feed);
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = corpus.gzipped(feed);
            exchange.getResponseHeaders().set("Content-Type", corpus.contentType(feed));
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
