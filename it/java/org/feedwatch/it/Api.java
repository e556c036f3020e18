package org.feedwatch.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small client for the admin API of a running Feedwatch server. */
final class Api {

    /** The IT servers' admin password; their configuration holds only its hash (jvm.options under it/liberty). */
    static final String PASSWORD = "it-secret-password";

    private final String base;
    private final String auth;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Api(int port) {
        this.base = "http://localhost:" + port;
        this.auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static Api forItServer() {
        return new Api(Integer.getInteger("it.http.port", 9181));
    }

    String base() {
        return base;
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /** A JSON POST with extra request headers (name, value, ...), e.g. the Origin a browser would send. */
    HttpResponse<String> post(String path, String json, String... headers) {
        return send(request(path).header("Content-Type", "application/json").headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST or PUT of raw bytes with a content type (files, forms). */
    HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A POST with a body of any media type. */
    HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET asking for another media type than JSON. */
    HttpResponse<String> get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    HttpResponse<String> anonymous(HttpRequest.Builder builder) {
        return send(builder);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject object(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    /** Creates a feed and returns its id. */
    long addFeed(String url) {
        HttpResponse<String> created = post("/api/feeds", Json.createObjectBuilder().add("url", url).build().toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("feed not created: " + created.statusCode() + " " + created.body());
        }
        return object(created).getJsonNumber("id").longValue();
    }

    long addSubscriber(String email) {
        HttpResponse<String> created = post("/api/subscribers", Json.createObjectBuilder().add("email", email)
                .add("timeZone", "Europe/Vilnius").add("digestHour", 7).build().toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("subscriber not created: " + created.statusCode() + " " + created.body());
        }
        return object(created).getJsonNumber("id").longValue();
    }

    long addKeywordRule(long subscriberId, String name, String query) {
        HttpResponse<String> created = post("/api/subscribers/" + subscriberId + "/rules", Json.createObjectBuilder()
                .add("name", name).add("type", "keyword").add("query", query).build().toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("rule not created: " + created.statusCode() + " " + created.body());
        }
        return object(created).getJsonNumber("id").longValue();
    }

    /** Adds a rule of any type; fails the test with the server's answer if it is refused. */
    long addRule(long subscriberId, JsonObject rule) {
        HttpResponse<String> created = post("/api/subscribers/" + subscriberId + "/rules", rule.toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("rule not created: " + created.statusCode() + " " + created.body());
        }
        return object(created).getJsonNumber("id").longValue();
    }

    JsonObject poll(long feedId) {
        HttpResponse<String> polled = post("/api/feeds/" + feedId + "/poll", null);
        if (polled.statusCode() != 200) {
            throw new IllegalStateException("poll failed: " + polled.statusCode() + " " + polled.body());
        }
        return object(polled);
    }
}
