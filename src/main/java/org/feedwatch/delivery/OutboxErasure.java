package org.feedwatch.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.feedwatch.subscriber.SubscriberRemoved;

/**
 * A removed subscriber's mails go with them: the outbox rows (sent digests with their bodies and address, and any
 * not sent yet) are deleted in the transaction that removes the subscriber, so "delete me" leaves nothing behind
 * and nothing more is sent. The table has no foreign key to cascade (see V1), hence this observer.
 */
@ApplicationScoped
public class OutboxErasure {

    @PersistenceContext(unitName = "feedwatch")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    void onSubscriberRemoved(@Observes SubscriberRemoved removed) {
        em.createQuery("DELETE FROM OutboxMessage m WHERE m.subscriberId = :s")
                .setParameter("s", removed.subscriberId()).executeUpdate();
    }
}
