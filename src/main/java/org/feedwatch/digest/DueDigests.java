package org.feedwatch.digest;

import java.util.List;
import java.util.Map;
import org.feedwatch.match.Match;
import org.feedwatch.subscriber.Subscriber;

/** Everything needed to compose the digests of a batch of subscribers, read in a few queries. */
public record DueDigests(List<Subscriber> subscribers, Map<Long, List<Match>> unsentBySubscriber,
        Map<Long, String> ruleNames) {

    public java.util.Optional<Subscriber> subscriber(long id) {
        return subscribers.stream().filter(s -> s.id() == id).findFirst();
    }

    public List<Match> unsentOf(long subscriberId) {
        return unsentBySubscriber.getOrDefault(subscriberId, List.of());
    }
}
