package org.feedwatch.it;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/** Drives the test clock deployed with {@link Deployments#feedwatchWithTestClock()}: set the time, run a digest tick. */
final class TimeMachine {

    private final Api api;

    TimeMachine(Api api) {
        this.api = api;
    }

    void set(Instant at) {
        HttpResponse<String> answer = api.anonymous(HttpRequest.newBuilder(
                URI.create(api.base() + "/it-support/clock?at=" + at)).POST(HttpRequest.BodyPublishers.noBody()));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("clock not set: " + answer.statusCode() + " " + answer.body());
        }
    }

    /** Sets the time, then runs what the digest timer runs; answers how many mails were recorded. */
    int tickAt(Instant at) {
        set(at);
        HttpResponse<String> answer = api.anonymous(HttpRequest.newBuilder(URI.create(api.base() + "/it-support/tick"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("tick failed: " + answer.statusCode() + " " + answer.body());
        }
        return Integer.parseInt(answer.body().strip());
    }

    /** Runs the daily purge of unconfirmed sign-ups now (at the clock's time); answers how many it deleted. */
    int purge() {
        HttpResponse<String> answer = api.anonymous(HttpRequest.newBuilder(URI.create(api.base() + "/it-support/purge"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("purge failed: " + answer.statusCode() + " " + answer.body());
        }
        return Integer.parseInt(answer.body().strip());
    }
}
