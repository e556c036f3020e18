package org.feedwatch.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 (the port the IT server allow-lists) serving feeds and web pages the tests put
 * in: with an ETag and 304 support, or a fixed error status, or one byte per second, or any answer a test writes
 * itself ({@link #respond}), plus any extra response headers a test sets for a path. One instance for the whole
 * test run.
 */
final class FeedServer {

    private static FeedServer instance;

    private final HttpServer server;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, String>> extraHeaders = new ConcurrentHashMap<>();
    private final Map<String, String> userAgents = new ConcurrentHashMap<>();

    private final Map<String, Responder> responders = new ConcurrentHashMap<>();

    private record Handler(int status, byte[] body, String contentType, boolean slow) {
    }

    /** Writes a whole answer: status, headers and body, e.g. a redirect, raw bytes or an endless stream. */
    @FunctionalInterface
    interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    private FeedServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    static synchronized FeedServer get() {
        if (instance == null) {
            try {
                instance = new FeedServer(Integer.getInteger("it.feed.port", 18931));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void serve(String path, String body, String contentType) {
        handlers.put(path, new Handler(200, body.getBytes(StandardCharsets.UTF_8), contentType, false));
    }

    /** Serves these exact bytes, for feeds in other encodings than UTF-8 (and headers that lie about it). */
    void serve(String path, byte[] body, String contentType) {
        handlers.put(path, new Handler(200, body.clone(), contentType, false));
    }

    void fail(String path, int status) {
        handlers.put(path, new Handler(status, ("error " + status).getBytes(StandardCharsets.UTF_8), "text/plain", false));
    }

    void slow(String path, String body) {
        handlers.put(path, new Handler(200, body.getBytes(StandardCharsets.UTF_8), "application/rss+xml", true));
    }

    /** Answers requests for {@code path} with {@code responder}; the request is logged as any other. */
    void respond(String path, Responder responder) {
        responders.put(path, responder);
    }

    /** Extra headers on every answer for {@code path}, whatever its status (Cache-Control, Retry-After, ...). */
    void headers(String path, Map<String, String> headers) {
        extraHeaders.put(path, Map.copyOf(headers));
    }

    /** The User-Agent of the last request for {@code path}, or null. */
    String lastUserAgent(String path) {
        return userAgents.get(path);
    }

    /** "GET /path If-None-Match=..." lines, one per request, for the assertions on conditional GET. */
    List<String> requests(String path) {
        return log.stream().filter(l -> l.startsWith(path + " ")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
        log.add(path + " If-None-Match=" + inm);
        Handler handler = handlers.get(path);
        String userAgent = exchange.getRequestHeaders().getFirst("User-Agent");
        if (userAgent != null) {
            userAgents.put(path, userAgent);
        }
        extraHeaders.getOrDefault(path, Map.of()).forEach(exchange.getResponseHeaders()::add);
        Responder responder = responders.get(path);
        try (exchange) {
            if (responder != null) {
                responder.respond(exchange);
                return;
            }
            if (handler == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(handler.body())) + "\"";
            if (handler.status() == 200 && etag.equals(inm)) {
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", handler.contentType());
            if (handler.status() == 200) {
                exchange.getResponseHeaders().add("ETag", etag);
            }
            exchange.sendResponseHeaders(handler.status(), handler.body().length);
            OutputStream out = exchange.getResponseBody();
            if (handler.slow()) {
                for (byte b : handler.body()) {
                    out.write(b);
                    out.flush();
                    sleep();
                }
            } else {
                out.write(handler.body());
            }
        } catch (IOException closedByClient) {
            // the fetcher gave up on a slow or oversized answer: expected
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    static String rss(String title, String... items) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>").append(title).append("</title><link>https://news.example.org/</link>")
                .append("<description>test feed</description>");
        for (String item : items) {
            out.append(item);
        }
        return out.append("</channel></rss>").toString();
    }

    /** An HTML page whose head holds {@code headMarkup} (e.g. feed links). */
    static String htmlPage(String title, String headMarkup) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title>" + headMarkup
                + "</head><body><p>" + title + "</p></body></html>";
    }

    /** An RSS item; title and description are inserted as they are (escape them in the caller if needed). */
    static String item(String guid, String title, String description) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title><link>https://news.example.org/"
                + guid + "</link><description>" + description + "</description>"
                + "<pubDate>Mon, 15 Dec 2025 10:00:00 GMT</pubDate></item>";
    }
}
