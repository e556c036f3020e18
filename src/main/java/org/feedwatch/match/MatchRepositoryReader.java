package org.feedwatch.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Read-only access to matches for the API, in its own transaction. */
@ApplicationScoped
@Transactional
public class MatchRepositoryReader {

    @Inject
    MatchRepository matches;

    public List<Match> bySubscriber(long subscriberId, int limit) {
        return matches.bySubscriber(subscriberId, limit);
    }
}
