package org.feedwatch.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.feedwatch.config.FetchConfig;
import org.feedwatch.feed.FailingFeeds;
import org.feedwatch.feed.FeedService;

/**
 * Feeds that need the administrator, as data in /health/ready: how many enabled feeds have failed for longer than
 * {@code feedwatch.poll.report-failing-after} (and their ids), how many are disabled, how many of those are gone
 * (410). Always UP: a publisher's broken server is not this server's problem, and a DOWN here would make an
 * orchestrator take a healthy server out of service (readiness) or restart it (liveness) without fixing anything.
 * In the readiness group because liveness must stay free of database queries. Only counts and ids: /health is
 * unauthenticated, and feed URLs and errors (which can hold private tokens or internal host names) belong to the
 * admin API, {@code GET /api/feeds}. If the database cannot be asked, the "database" check is DOWN already.
 */
@Readiness
@ApplicationScoped
public class FeedHealthCheck implements HealthCheck {

    /** Enough ids to act on; the admin API has the full list. */
    private static final int MAX_IDS = 50;

    @Inject
    FeedService feeds;

    @Inject
    FetchConfig config;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("feeds").up()
                .withData("reportFailingAfter", config.reportFailingAfter().toString());
        try {
            FailingFeeds failing = feeds.failing(config.reportFailingAfter());
            return response.withData("failing", failing.failingIds().size())
                    .withData("failingFeedIds", ids(failing.failingIds()))
                    .withData("disabled", failing.disabled())
                    .withData("gone", failing.gone()).build();
        } catch (RuntimeException e) {
            // The database being away (a PersistenceException, or a TransactionalException around one) is the
            // database check's verdict to give; this one only reports that it could not count.
            return response.withData("error", "feeds could not be counted: " + e.getMessage()).build();
        }
    }

    private static String ids(List<Long> ids) {
        String shown = ids.stream().limit(MAX_IDS).map(String::valueOf).collect(Collectors.joining(","));
        return ids.size() > MAX_IDS ? shown + ",…" : shown;
    }
}
