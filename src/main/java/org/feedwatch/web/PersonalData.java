package org.feedwatch.web;

import java.time.Instant;
import java.util.List;
import org.feedwatch.archive.ArchivedDigest;
import org.feedwatch.match.Match;
import org.feedwatch.rule.Rule;
import org.feedwatch.subscriber.Subscriber;

/**
 * Everything the server holds about one subscriber, as the JSON file "Download my data" gives them: their address
 * and delivery settings, their rules, the matches found for them (with why) and the mails recorded for them.
 * {@code truncated} says when a list was cut at {@code limit} rows (newest kept).
 */
public record PersonalData(String about, Views.SubscriberView subscriber, List<Views.RuleView> rules,
        List<Views.MatchView> matches, List<Mail> mails, int limit, boolean truncated) {

    /** A mail recorded for the subscriber (its text is on the archive page; the list says what and when). */
    public record Mail(long id, String kind, String subject, Instant createdAt, Instant sentAt, int entries,
            String status) {
        static Mail of(ArchivedDigest d) {
            return new Mail(d.id(), d.kindLabel(), d.subject(), d.createdAt(), d.sentAt().orElse(null),
                    d.entryCount(), d.status().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    static PersonalData of(Subscriber s, List<Rule> rules, List<Match> matches, List<ArchivedDigest> mails,
            int limit) {
        return new PersonalData("Everything Feedwatch holds about " + s.email(), Views.SubscriberView.of(s),
                rules.stream().map(Views.RuleView::of).toList(), matches.stream().map(Views.MatchView::of).toList(),
                mails.stream().map(Mail::of).toList(), limit, matches.size() >= limit || mails.size() >= limit);
    }
}
