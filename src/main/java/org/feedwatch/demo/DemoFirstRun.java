package org.feedwatch.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.feedwatch.config.ServerConfig;
import org.feedwatch.digest.DigestService;
import org.feedwatch.ingest.FeedPoller;

/** Waits until this server answers HTTP, polls the demo feeds, and sends the first demo digest. */
@ApplicationScoped
public class DemoFirstRun {

    private static final Logger LOG = Logger.getLogger(DemoFirstRun.class.getName());
    private static final Duration WAIT_FOR_HTTP = Duration.ofMinutes(3);

    @Inject
    ServerConfig server;

    @Inject
    FeedPoller poller;

    @Inject
    DigestService digests;

    public void run(DemoSeeder.Seeded seeded) {
        if (!waitForHttp(URI.create(server.baseUrl() + "/demo/feeds/" + DemoData.FEEDS.get(0)))) {
            LOG.warning("The demo feeds are not reachable at " + server.baseUrl()
                    + "; the poll timer will try them later");
            return;
        }
        seeded.feedIds().forEach(id -> poller.poll(id).ifPresent(r -> LOG.info(() -> "Demo feed " + id + ": "
                + r.status() + ", " + r.newItems() + " new items, " + r.newMatches() + " matches")));
        digests.sendNow(seeded.subscriberId()).ifPresentOrElse(
                m -> LOG.info(() -> "Demo digest sent: \"" + m.subject() + "\" — see " + server.baseUrl()
                        + "/admin/mailbox"),
                () -> LOG.warning("The demo digest had nothing to send"));
    }

    private static boolean waitForHttp(URI uri) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(WAIT_FOR_HTTP);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
