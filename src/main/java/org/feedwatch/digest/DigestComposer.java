package org.feedwatch.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.feedwatch.config.DigestConfig;
import org.feedwatch.feed.Item;
import org.feedwatch.match.Match;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.Subscriber;

/** Builds the view of one digest: entries grouped by rule, newest first, capped, times in the reader's zone. */
@ApplicationScoped
public class DigestComposer {

    private static final int SNIPPET_LENGTH = 280;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);

    @Inject
    DigestConfig config;

    @Inject
    LinkSigner links;

    /**
     * @param matches the subscriber's unsent matches (any order)
     * @param ruleNames names of the rules those matches came from
     */
    public DigestView compose(Subscriber subscriber, List<Match> matches, Map<Long, String> ruleNames, Instant now) {
        ZoneId zone = subscriber.zone();
        Map<Long, List<Match>> byRule = new LinkedHashMap<>();
        matches.stream()
                .sorted((a, b) -> b.item().publishedAt().compareTo(a.item().publishedAt()))
                .forEach(m -> byRule.computeIfAbsent(m.ruleId(), r -> new ArrayList<>()).add(m));
        int budget = config.maxEntries();
        int total = 0;
        List<DigestSection> sections = new ArrayList<>();
        for (Map.Entry<Long, List<Match>> rule : byRule.entrySet()) {
            List<DigestEntry> entries = new ArrayList<>();
            for (Match match : rule.getValue()) {
                total++;
                if (budget > 0) {
                    entries.add(entry(match, zone));
                    budget--;
                }
            }
            if (!entries.isEmpty()) {
                sections.add(new DigestSection(ruleNames.getOrDefault(rule.getKey(), "Rule " + rule.getKey()),
                        entries));
            }
        }
        int shown = Math.min(total, config.maxEntries());
        long id = subscriber.id();
        return new DigestView(subscriber.email(), subject(total, sections),
                preheader(sections), zone.getId(), WHEN.format(now.atZone(zone)), sections, shown,
                total - shown, links.manageUrl(id), links.unsubscribeUrl(id), links.archiveUrl(id));
    }

    private static DigestEntry entry(Match match, ZoneId zone) {
        Item item = match.item();
        return new DigestEntry(oneLine(item.title()), item.link().orElse(""),
                item.feed().title().orElse(item.feed().url()), WHEN.format(item.publishedAt().atZone(zone)),
                match.snippet().isEmpty() ? snippet(item.summaryText()) : match.snippet(), match.matchedTerms(),
                match.meanings());
    }

    static String subject(int count, List<DigestSection> sections) {
        String rules = sections.stream().limit(3).map(DigestSection::ruleName).collect(Collectors.joining(", "));
        String more = sections.size() > 3 ? " and more" : "";
        return "Feedwatch: " + count + (count == 1 ? " new match" : " new matches") + " — " + rules + more;
    }

    private static String preheader(List<DigestSection> sections) {
        return sections.isEmpty() || sections.get(0).entries().isEmpty() ? ""
                : sections.get(0).entries().get(0).title();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static String snippet(String text) {
        String flat = oneLine(text);
        if (flat.length() <= SNIPPET_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_LENGTH);
        return flat.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + " …";
    }
}
