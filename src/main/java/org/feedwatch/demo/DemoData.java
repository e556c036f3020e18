package org.feedwatch.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.feedwatch.common.AlreadyExistsException;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.config.DemoConfig;
import org.feedwatch.config.ServerConfig;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.FeedService;
import org.feedwatch.rule.RuleService;
import org.feedwatch.subscriber.DeliveryChoice;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberService;

/** Creates the demo subscriber, rules and feeds in one transaction, unless the demo subscriber exists. */
@ApplicationScoped
@Transactional(rollbackOn = {InvalidInputException.class, AlreadyExistsException.class})
public class DemoData {

    static final List<String> FEEDS = List.of("belarus-rights.xml", "world-desk.xml");

    @Inject
    DemoConfig config;

    @Inject
    ServerConfig server;

    @Inject
    SubscriberService subscribers;

    @Inject
    FeedService feeds;

    @Inject
    RuleService rules;

    @Inject
    Clock clock;

    public Optional<DemoSeeder.Seeded> seedIfEmpty() {
        if (subscribers.findByEmail(config.email()).isPresent()) {
            return Optional.empty();
        }
        try {
            Subscriber demo = subscribers.addConfirmed(config.email(), new DeliveryChoice(Optional.of("daily"),
                    Optional.of("08:00"), Optional.empty(), Optional.empty(), Optional.of("Europe/Vilnius")));
            // One rule of each kind a subscriber would start with: a person in any spelling, curated topics.
            // The person as an alert, the topics in the daily digest: a rule may ask for its own delivery mode.
            rules.add(demo.id(), Json.createObjectBuilder().add("type", "person").add("name", "Ales Bialiatski")
                    .add("surnameAlone", true).add("deliveryMode", "immediate").build());
            rules.add(demo.id(), Json.createObjectBuilder().add("type", "topic").add("topic", "sanctions").build());
            rules.add(demo.id(), Json.createObjectBuilder().add("type", "topic").add("topic", "political-prisoners")
                    .build());
            List<Long> feedIds = new ArrayList<>();
            for (String name : FEEDS) {
                Feed feed = feeds.add(server.baseUrl() + "/demo/feeds/" + name, Optional.empty(), 60);
                // The first run polls these itself; the timer takes over an hour later.
                feed.pollNextAt(clock.instant().plus(Duration.ofHours(1)));
                feedIds.add(feed.id());
            }
            return Optional.of(new DemoSeeder.Seeded(demo.id(), feedIds));
        } catch (InvalidInputException | AlreadyExistsException e) {
            throw new IllegalStateException("Demo configuration is invalid: " + e.getMessage(), e);
        }
    }
}
