package org.feedwatch.rule.topic;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Looks for edited topic files once a minute. Not persistent: a missed check only delays an edit. */
@Singleton
public class TopicTimer {

    @Inject
    TopicCatalog catalog;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "feedwatch-topics")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        catalog.refresh();
    }
}
