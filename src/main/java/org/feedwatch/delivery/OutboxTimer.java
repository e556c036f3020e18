package org.feedwatch.delivery;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Retries what is left in the outbox (a mail server that was down, a 4xx). Thin: the sender does the work. */
@Singleton
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
public class OutboxTimer {

    @Inject
    OutboxSender sender;

    @Schedule(hour = "*", minute = "*", second = "35", persistent = false, info = "feedwatch-outbox")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        sender.drain();
    }
}
