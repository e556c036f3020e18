package org.feedwatch.digest;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The digest tick, every minute, persistent: after downtime it fires once and the missed digests go out.
 * Thin: due subscribers and sending are the digest service's business.
 */
@Singleton
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
public class DigestTimer {

    @Inject
    DigestService digests;

    // Not in the timer's transaction: each digest commits on its own.
    @Schedule(hour = "*", minute = "*", second = "5", persistent = true, info = "feedwatch-digest")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        digests.sendDue();
    }
}
