package org.feedwatch.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.feedwatch.config.DigestConfig;
import org.feedwatch.feed.Item;
import org.feedwatch.match.Match;
import org.feedwatch.story.StoryGrouper;
import org.feedwatch.story.StoryItem;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.Subscriber;

/**
 * Builds the view of one digest: one entry per story (near-duplicates from several feeds and items several rules
 * matched are one entry), each in the section of one rule, newest first, capped, times in the reader's zone.
 */
@ApplicationScoped
public class DigestComposer {

    /** Explicit pattern and locale: the same text on every JDK, whatever its locale data. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    DigestConfig config;

    @Inject
    LinkSigner links;

    /** Thread-safe and caches item signatures, so one instance serves every digest. */
    private final StoryGrouper grouper = new StoryGrouper(StoryGrouper.DEFAULT_THRESHOLD);

    /**
     * @param matches    the matches this digest covers (any order)
     * @param ruleNames  names of the rules those matches came from (a missing one reads "Deleted rule")
     * @param now        when the digest is composed (its "generated at")
     * @param archiveId  the digest's id in its read-online URL ({@code OutboxMessage.archiveIdOf(digestKey)})
     * @param maxEntries how many stories the mail shows; the rest are counted in "and N more", which links to
     *                   the web version ({@code Integer.MAX_VALUE} there)
     */
    public DigestView compose(Subscriber subscriber, List<Match> matches, Map<Long, String> ruleNames, Instant now,
            DigestKind kind, String archiveId, int maxEntries) {
        long id = subscriber.id();
        String readOnline = archiveId == null || archiveId.isBlank() ? links.archiveUrl(id)
                : links.readOnlineUrl(id, archiveId);
        return view(subscriber, matches, ruleNames, now, kind, readOnline, maxEntries);
    }

    private DigestView view(Subscriber subscriber, List<Match> matches, Map<Long, String> ruleNames,
            Instant now, DigestKind kind, String readOnlineUrl, int maxEntries) {
        ZoneId zone = subscriber.zone();
        List<StoryPlan.Placed> stories = StoryPlan.of(matches, grouper);
        int shown = Math.max(0, Math.min(stories.size(), maxEntries));
        Map<Long, List<DigestEntry>> bySection = new LinkedHashMap<>();
        for (StoryPlan.Placed story : stories.subList(0, shown)) {
            bySection.computeIfAbsent(story.ruleId(), r -> new ArrayList<>()).add(entry(story, ruleNames, zone));
        }
        List<DigestSection> sections = new ArrayList<>();
        bySection.forEach((rule, entries) -> sections.add(new DigestSection(ruleName(ruleNames, rule), entries)));

        List<String> rules = StoryPlan.ruleOrder(stories).stream().map(r -> ruleName(ruleNames, r)).toList();
        List<String> titles = stories.stream().map(s -> DisplayText.oneLine(s.story().lead().title())).toList();
        long id = subscriber.id();
        return new DigestView(subscriber.email(), kind,
                DigestWording.subject(kind, stories.size(), rules, titles.isEmpty() ? "" : titles.get(0)),
                DigestWording.preheader(kind, titles), DigestWording.heading(kind),
                DigestWording.summary(stories.size(), rules.size()), zoneNote(zone, now), WHEN.format(now.atZone(zone)),
                sections, shown, stories.size() - shown, readOnlineUrl, links.archiveUrl(id), links.manageUrl(id),
                links.unsubscribeUrl(id), false);
    }

    private static DigestEntry entry(StoryPlan.Placed story, Map<Long, String> ruleNames, ZoneId zone) {
        Item item = story.leadItem();
        List<Match> own = story.byRule().get(story.ruleId());
        List<MatchedRule> others = new ArrayList<>();
        story.byRule().forEach((rule, matches) -> {
            if (rule != story.ruleId()) {
                others.add(reason(ruleName(ruleNames, rule), matches));
            }
        });
        MatchedRule reason = reason("", own);
        return new DigestEntry(DisplayText.oneLine(item.title()), DisplayText.safeUrl(item.link().orElse(null)).orElse(""),
                source(story.story().lead()), WHEN.format(item.publishedAt().atZone(zone)), snippet(story, item),
                reason.terms(), reason.meanings(), others, alsoReported(story));
    }

    /** The snippet the matcher cut around the lead item's matched words, else the start of its summary. */
    private static String snippet(StoryPlan.Placed story, Item lead) {
        List<Match> own = story.byRule().get(story.ruleId());
        return own.stream().filter(m -> m.item().id().equals(lead.id())).map(Match::snippet)
                .filter(s -> !s.isBlank()).findFirst()
                .or(() -> story.byRule().values().stream().flatMap(List::stream)
                        .filter(m -> m.item().id().equals(lead.id()) && !m.snippet().isBlank())
                        .map(Match::snippet).findFirst())
                .map(DisplayText::snippet).orElseGet(() -> DisplayText.snippet(lead.summaryText()));
    }

    private static MatchedRule reason(String ruleName, List<Match> matches) {
        Set<String> terms = new LinkedHashSet<>();
        Set<String> meanings = new LinkedHashSet<>();
        for (Match match : matches) {
            match.matchedTerms().stream().map(DisplayText::oneLine).filter(t -> !t.isEmpty()).forEach(terms::add);
            match.meanings().stream().map(DisplayText::oneLine).filter(t -> !t.isEmpty()).forEach(meanings::add);
        }
        return new MatchedRule(ruleName, List.copyOf(terms), List.copyOf(meanings));
    }

    /** The other reports of the story, earliest first, one per feed and link. */
    private static List<AlsoReported> alsoReported(StoryPlan.Placed story) {
        Map<String, AlsoReported> unique = new LinkedHashMap<>();
        for (StoryItem other : story.story().others()) {
            String link = DisplayText.safeUrl(other.link()).orElse("");
            unique.putIfAbsent(source(other) + "\n" + link, new AlsoReported(source(other), link));
        }
        return List.copyOf(unique.values());
    }

    private static String source(StoryItem item) {
        String source = DisplayText.oneLine(item.source());
        return source.isEmpty() ? "Unnamed feed" : source;
    }

    private static String ruleName(Map<Long, String> ruleNames, long ruleId) {
        String name = DisplayText.oneLine(ruleNames.get(ruleId));
        return name.isEmpty() ? "Deleted rule" : name;
    }

    /** "Europe/Vilnius (UTC+02:00)": the zone, and its offset when the digest was made. */
    static String zoneNote(ZoneId zone, Instant now) {
        String offset = zone.getRules().getOffset(now).getId();
        return zone.getId() + " (UTC" + ("Z".equals(offset) ? "" : offset) + ")";
    }
}
