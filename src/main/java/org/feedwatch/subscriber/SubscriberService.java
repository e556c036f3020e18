package org.feedwatch.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.feedwatch.common.AlreadyExistsException;
import org.feedwatch.common.InvalidInputException;

/** Creating, reading and removing subscribers. */
@ApplicationScoped
@Transactional
public class SubscriberService {

    @Inject
    SubscriberRepository subscribers;

    @Inject
    Clock clock;

    @Inject
    Event<SubscriberRemoved> removals;

    /** An administrator adds someone directly: no opt-in mail, the subscriber is confirmed. */
    public Subscriber addConfirmed(String email, String timeZone, Integer digestHour)
            throws InvalidInputException, AlreadyExistsException {
        String address = EmailAddresses.canonical("email", email);
        ZoneId zone = zone(timeZone);
        if (digestHour == null || digestHour < 0 || digestHour > 23) {
            throw new InvalidInputException("digestHour", "digestHour must be a whole hour from 0 to 23");
        }
        Optional<Subscriber> existing = subscribers.findByEmail(address);
        if (existing.isPresent()) {
            throw new AlreadyExistsException("email", "a subscriber with this address exists",
                    existing.get().id());
        }
        Subscriber subscriber = new Subscriber(address, zone, digestHour, true, clock.instant());
        subscribers.add(subscriber);
        return subscriber;
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

    /** Stops all mail to the subscriber at once; true when they were subscribed until now. */
    public boolean unsubscribe(long id) {
        Optional<Subscriber> subscriber = subscribers.find(id);
        boolean wasActive = subscriber.map(Subscriber::active).orElse(false);
        subscriber.ifPresent(s -> s.unsubscribe(clock.instant()));
        return wasActive;
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
