package org.feedwatch.ingest;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The poll tick. Thin: it only asks the poller to start due feeds; the polls run on the managed executor. */
@Singleton
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
public class PollTimer {

    @Inject
    FeedPoller poller;

    // Not in the timer's transaction: leasing commits at once and each poll commits on its own.
    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = true, info = "feedwatch-poll")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        poller.pollDue();
    }
}
