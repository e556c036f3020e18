package org.feedwatch.unsubscribe;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Reads the unsubscribe mailbox every minute (not persistent: a missed minute needs no catching up). Thin: the
 * mailbox does the work, and does nothing when none is configured. WRITE lock: one pass at a time, so a slow IMAP
 * server never has two sessions deleting from the same folder.
 */
@Singleton
@DependsOn("SchemaMigration")
@Lock(LockType.WRITE)
public class UnsubscribeMailboxTimer {

    @Inject
    UnsubscribeMailbox mailbox;

    @Schedule(hour = "*", minute = "*", second = "50", persistent = false, info = "feedwatch-unsubscribe-mailbox")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        mailbox.drain();
    }
}
