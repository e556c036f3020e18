package org.feedwatch.optin;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Once a day, unconfirmed sign-ups past their time go. Thin: the purge service does the work. */
@Singleton
@DependsOn("SchemaMigration")
public class PurgeTimer {

    @Inject
    UnconfirmedPurge purge;

    // Not persistent: a day missed while the server was down is made up at the next run (the cutoff is a date).
    @Schedule(hour = "3", minute = "17", persistent = false, info = "feedwatch-purge-unconfirmed")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        purge.purge();
    }
}
