package org.feedwatch.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds actually contain: RFC 822 as in RSS (with or without day name and seconds, two-digit
 * years, numeric, "GMT+3" and named zones), ISO 8601 / RFC 3339 as in Atom, RSS 1.0 and JSON Feed (with or without
 * zone and seconds, "T" or a space), and Java's {@code Date.toString()} format that some generators emit. A date
 * without a zone is taken as UTC; an unknown zone name counts as UTC too, since being a few hours off beats having
 * no date. Anything else is no date at all. The day name is ignored: it is often wrong.
 */
final class FeedDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?)?\\s*(.*)");
    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]{2,9}\\.?,?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{4}|\\d{2}),?\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d{1,9})?\\s*(.*)");
    private static final Pattern JAVA_TO_STRING = Pattern.compile(
            "[A-Za-z]{3}\\s+([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(?:(\\S+)\\s+)?(\\d{4})");
    /** "+0300", "+03:00", "+03", "-5", optionally after GMT/UTC/UT ("GMT+3"), optionally followed by "(MSK)". */
    private static final Pattern NUMERIC_ZONE = Pattern.compile(
            "(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?(?:\\s*\\(.*\\))?");
    private static final Pattern NAMED_ZONE = Pattern.compile("([A-Za-z]{1,5})(?:\\s*\\(.*\\))?");
    private static final Pattern COMMENT_ONLY = Pattern.compile("\\(.*\\)");

    /** Zone names seen in feeds, unambiguous in that context (RFC 822's own plus common European/Asian ones). */
    private static final Map<String, Integer> ZONE_MINUTES = Map.ofEntries(
            Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0), Map.entry("WET", 0),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
            Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420),
            Map.entry("AKST", -540), Map.entry("AKDT", -480), Map.entry("HST", -600), Map.entry("AST", -240),
            Map.entry("NST", -210), Map.entry("BST", 60), Map.entry("IST", 330), Map.entry("WEST", 60),
            Map.entry("CET", 60), Map.entry("CEST", 120), Map.entry("MET", 60), Map.entry("MEST", 120),
            Map.entry("EET", 120), Map.entry("EEST", 180), Map.entry("MSK", 180), Map.entry("MSD", 240),
            Map.entry("JST", 540), Map.entry("KST", 540), Map.entry("HKT", 480), Map.entry("SGT", 480),
            Map.entry("AEST", 600), Map.entry("AEDT", 660), Map.entry("ACST", 570), Map.entry("AWST", 480),
            Map.entry("NZST", 720), Map.entry("NZDT", 780));

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private FeedDates() {
    }

    static Optional<Instant> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > 100) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return at(number(iso.group(1)), number(iso.group(2)), number(iso.group(3)), number(iso.group(4)),
                        number(iso.group(5)), number(iso.group(6)), iso.group(7));
            }
            Matcher rfc = RFC822.matcher(text);
            if (rfc.matches()) {
                Optional<Integer> month = month(rfc.group(2));
                return month.isEmpty() ? Optional.empty() : at(year(rfc.group(3)), month.get(),
                        number(rfc.group(1)), number(rfc.group(4)), number(rfc.group(5)), number(rfc.group(6)),
                        rfc.group(7));
            }
            Matcher java = JAVA_TO_STRING.matcher(text);
            if (java.matches()) {
                Optional<Integer> month = month(java.group(1));
                return month.isEmpty() ? Optional.empty() : at(number(java.group(7)), month.get(),
                        number(java.group(2)), number(java.group(3)), number(java.group(4)), number(java.group(5)),
                        java.group(6));
            }
        } catch (DateTimeException e) {
            return Optional.empty();                            // 31 February, hour 25 and the like
        }
        return Optional.empty();
    }

    private static Optional<Instant> at(int year, int month, int day, int hour, int minute, int second,
                                        String zone) {
        Optional<ZoneOffset> offset = offset(zone == null ? "" : zone.strip());
        if (offset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second).toInstant(offset.get()));
    }

    /** The zone part after the time; empty (no zone) is UTC, text that is no zone at all makes no date. */
    private static Optional<ZoneOffset> offset(String zone) {
        if (zone.isEmpty() || COMMENT_ONLY.matcher(zone).matches()) {
            return Optional.of(ZoneOffset.UTC);
        }
        Matcher numeric = NUMERIC_ZONE.matcher(zone);
        if (numeric.matches()) {
            int hours = Integer.parseInt(numeric.group(2));
            int minutes = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        }
        Matcher named = NAMED_ZONE.matcher(zone);
        if (named.matches()) {
            // Unknown names (and RFC 822's military letters, which were used wrongly) count as UTC.
            int minutes = ZONE_MINUTES.getOrDefault(named.group(1).toUpperCase(Locale.ROOT), 0);
            return Optional.of(ZoneOffset.ofTotalSeconds(minutes * 60));
        }
        return Optional.empty();
    }

    private static Optional<Integer> month(String name) {
        String key = name.length() < 3 ? name : name.substring(0, 3);
        return Optional.ofNullable(MONTHS.get(key.toLowerCase(Locale.ROOT)));
    }

    /** RFC 822 allows two-digit years; 70-99 are the 1900s, the rest this century. */
    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year >= 70 ? 1900 + year : 2000 + year;
        }
        return year;
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
