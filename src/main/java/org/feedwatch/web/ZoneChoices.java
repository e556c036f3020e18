package org.feedwatch.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The time zones the pages offer: the IANA region zones (with the old names browsers still report) and UTC. A
 * subscriber whose zone is not among them (set through the API, e.g. {@code Etc/GMT-3}) sees it offered first, so
 * saving another setting never moves them to another zone.
 */
final class ZoneChoices {

    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(Pattern.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+")
                    .asMatchPredicate().or("UTC"::equals))
            .sorted().toList();

    private ZoneChoices() {
    }

    static List<String> including(String current) {
        if (current == null || current.isBlank() || ZONES.contains(current)) {
            return ZONES;
        }
        List<String> zones = new ArrayList<>(ZONES.size() + 1);
        zones.add(current);
        zones.addAll(ZONES);
        return zones;
    }
}
