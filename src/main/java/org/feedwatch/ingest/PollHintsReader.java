package org.feedwatch.ingest;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.module.SyModule;
import com.rometools.rome.feed.rss.Channel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Element;

/**
 * Reads {@link PollHints} from Rome's wire feed; part of {@link FeedParser} (Rome's types stay inside the parser).
 * Publishers get these elements wrong often enough that a value that cannot be read is ignored, never fatal.
 */
final class PollHintsReader {

    private PollHintsReader() {
    }

    static PollHints read(WireFeed wire) {
        if (wire == null) {
            return PollHints.NONE;
        }
        Optional<Duration> ttl = Optional.empty();
        Set<Integer> skipHours = Set.of();
        Set<DayOfWeek> skipDays = Set.of();
        if (wire instanceof Channel channel) {
            ttl = channel.getTtl() > 0 ? Optional.of(Duration.ofMinutes(channel.getTtl())) : Optional.empty();
            skipHours = hours(channel.getSkipHours());
            skipDays = days(channel.getSkipDays());
        }
        return new PollHints(ttl, updatePeriod(wire), skipHours, skipDays);
    }

    /** Rome reads sy: into a module for RSS 1.0 and Atom only; in RSS 2.0 it stays foreign markup. */
    private static Optional<Duration> updatePeriod(WireFeed wire) {
        Module module = wire.getModule(SyModule.URI);
        if (module instanceof SyModule sy) {
            return period(sy.getUpdatePeriod(), sy.getUpdateFrequency() > 0
                    ? String.valueOf(sy.getUpdateFrequency()) : null);
        }
        String period = null;
        String frequency = null;
        for (Element element : wire.getForeignMarkup()) {
            if (SyModule.URI.equals(element.getNamespaceURI())) {
                if ("updatePeriod".equals(element.getName())) {
                    period = element.getTextTrim();
                } else if ("updateFrequency".equals(element.getName())) {
                    frequency = element.getTextTrim();
                }
            }
        }
        return period(period, frequency);
    }

    /**
     * The period divided by the frequency, both defaulted as the sy module says (daily, once); a value that cannot
     * be read gives no hint rather than a guessed one.
     */
    static Optional<Duration> period(String period, String frequency) {
        Optional<Long> times = Optional.ofNullable(frequency).map(String::trim)
                .filter(text -> !text.isEmpty() && text.length() <= 9 && text.chars().allMatch(Character::isDigit))
                .map(Long::valueOf).filter(value -> value > 0);
        if (period == null && times.isEmpty()) {
            return Optional.empty();
        }
        Duration length;
        switch (period == null ? "daily" : period.trim().toLowerCase(Locale.ROOT)) {
            case "hourly": length = Duration.ofHours(1); break;
            case "daily": length = Duration.ofDays(1); break;
            case "weekly": length = Duration.ofDays(7); break;
            case "monthly": length = Duration.ofDays(30); break;
            case "yearly": length = Duration.ofDays(365); break;
            default: return Optional.empty();
        }
        return Optional.of(length.dividedBy(times.orElse(1L))).filter(d -> !d.isZero());
    }

    /** RSS 0.91 counted hours 1-24; 24 is midnight, hour 0. */
    private static Set<Integer> hours(List<Integer> values) {
        Set<Integer> hours = new HashSet<>();
        for (Integer hour : values) {
            if (hour != null && hour >= 0 && hour <= 24) {
                hours.add(hour % 24);
            }
        }
        return hours;
    }

    private static Set<DayOfWeek> days(List<String> values) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : values) {
            for (DayOfWeek candidate : DayOfWeek.values()) {
                if (day != null && candidate.name().equalsIgnoreCase(day.trim())) {
                    days.add(candidate);
                }
            }
        }
        return days;
    }
}
