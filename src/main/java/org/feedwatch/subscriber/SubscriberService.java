package org.feedwatch.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.feedwatch.common.AlreadyExistsException;
import org.feedwatch.common.InvalidInputException;

/** Creating, reading and removing subscribers. */
@ApplicationScoped
@Transactional
public class SubscriberService {

    static final java.time.LocalTime DEFAULT_TIME = java.time.LocalTime.of(7, 0);

    @Inject
    SubscriberRepository subscribers;

    @Inject
    Clock clock;

    @Inject
    Event<SubscriberRemoved> removals;

    @Inject
    Event<DeliveryChanged> deliveryChanges;

    /**
     * An administrator adds someone directly: no opt-in mail, the subscriber is confirmed. The time zone is
     * required; delivery defaults to a daily digest at 07:00 (weekly ones on Monday).
     */
    public Subscriber addConfirmed(String email, DeliveryChoice delivery)
            throws InvalidInputException, AlreadyExistsException {
        return add(email, delivery, true);
    }

    /**
     * Someone signs up on the public page: the subscriber is stored unconfirmed, and gets no mail but the
     * confirmation mail until they confirm. Checked like {@link #addConfirmed}.
     */
    public Subscriber addUnconfirmed(String email, DeliveryChoice delivery)
            throws InvalidInputException, AlreadyExistsException {
        return add(email, delivery, false);
    }

    private Subscriber add(String email, DeliveryChoice delivery, boolean confirmed)
            throws InvalidInputException, AlreadyExistsException {
        String address = EmailAddresses.canonical("email", email);
        if (delivery.timeZone().isEmpty()) {
            zone(null);
        }
        DeliveryChoice.Checked choice = delivery.check();
        Optional<Subscriber> existing = subscribers.findByEmail(address);
        if (existing.isPresent()) {
            throw new AlreadyExistsException("email", "a subscriber with this address exists",
                    existing.get().id());
        }
        Subscriber subscriber = new Subscriber(address, choice.zone().orElseThrow(),
                choice.time().orElse(DEFAULT_TIME).getHour(), confirmed, clock.instant());
        apply(subscriber, choice);
        subscribers.add(subscriber);
        return subscriber;
    }

    /**
     * Changes how and when a subscriber gets mail; fields left out stay. Their unsent matches follow the new
     * mode in the same transaction (a daily reader switching to alerts gets the waiting ones as an alert).
     */
    public Optional<Subscriber> changeDelivery(long id, DeliveryChoice delivery) throws InvalidInputException {
        DeliveryChoice.Checked choice = delivery.check();
        Optional<Subscriber> subscriber = subscribers.find(id);
        subscriber.ifPresent(s -> {
            apply(s, choice);
            deliveryChanges.fire(new DeliveryChanged(id));
        });
        return subscriber;
    }

    private void apply(Subscriber s, DeliveryChoice.Checked choice) {
        s.deliver(choice.mode().orElse(s.deliveryMode()), choice.time().orElse(s.digestTime()),
                choice.weekday().orElse(s.digestWeekday()), choice.zone().orElse(s.zone()), clock.instant());
    }

    static ZoneId zone(String timeZone) throws InvalidInputException {
        if (timeZone == null || timeZone.isBlank()) {
            throw new InvalidInputException("timeZone", "timeZone is required (an IANA zone such as Europe/Vilnius)");
        }
        // Region IDs only: an offset like +02:00 would not follow the subscriber's DST changes.
        if (!ZoneId.getAvailableZoneIds().contains(timeZone.strip())) {
            throw new InvalidInputException("timeZone",
                    "unknown time zone '" + timeZone + "' (use an IANA zone such as Europe/Vilnius)");
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "unknown time zone '" + timeZone + "'");
        }
    }

    public Optional<Subscriber> find(long id) {
        return subscribers.find(id);
    }

    public Optional<Subscriber> findByEmail(String email) {
        return subscribers.findByEmail(email);
    }

    /**
     * One page of subscribers whose address contains the search's text, in id order after its cursor (keyset
     * paging: the database reads at most one page, however many match).
     */
    public List<Subscriber> search(SubscriberSearch search) {
        return subscribers.search(search.likePattern(), search.after(), search.limit());
    }

    /** Stops mail to the subscriber until a mode is chosen again, saying why; empty when there is no such one. */
    public Optional<Subscriber> pause(long id, String reason) {
        Optional<Subscriber> subscriber = subscribers.find(id);
        subscriber.ifPresent(s -> {
            s.pause(reason);
            deliveryChanges.fire(new DeliveryChanged(id));
        });
        return subscriber;
    }

    /** Stops all mail to the subscriber at once; true when they were subscribed until now. */
    public boolean unsubscribe(long id) {
        Optional<Subscriber> subscriber = subscribers.find(id);
        boolean wasActive = subscriber.map(Subscriber::active).orElse(false);
        subscriber.ifPresent(s -> {
            s.unsubscribe(clock.instant());
            deliveryChanges.fire(new DeliveryChanged(id));
        });
        return wasActive;
    }

    /** The owner of the address confirmed it (idempotent); empty when there is no such subscriber. */
    public Optional<Subscriber> confirm(long id) {
        Optional<Subscriber> subscriber = subscribers.find(id);
        subscriber.ifPresent(s -> {
            boolean wasActive = s.active();
            s.confirm(clock.instant());
            if (!wasActive) {
                deliveryChanges.fire(new DeliveryChanged(id));
            }
        });
        return subscriber;
    }

    /** Deletes, in one statement, everyone who signed up before {@code cutoff} and never confirmed; returns how many. */
    public int purgeUnconfirmed(java.time.Instant cutoff) {
        java.util.List<Long> gone = subscribers.deleteUnconfirmedBefore(cutoff);
        gone.forEach(id -> removals.fire(new SubscriberRemoved(id)));
        return gone.size();
    }

    /** Removes the subscriber with their rules and matches; false when there was no such subscriber. */
    public boolean remove(long id) {
        Optional<Subscriber> subscriber = subscribers.find(id);
        subscriber.ifPresent(s -> {
            subscribers.remove(s);
            removals.fire(new SubscriberRemoved(id));
        });
        return subscriber.isPresent();
    }
}
