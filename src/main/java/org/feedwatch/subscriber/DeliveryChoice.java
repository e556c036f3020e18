package org.feedwatch.subscriber;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.feedwatch.common.InvalidInputException;

/**
 * A subscriber's delivery settings as they come from outside, checked field by field. Absent fields keep what
 * the subscriber has ({@link #applyTo}); a new subscriber starts from a daily digest at 07:00 on Mondays' week.
 *
 * @param mode     {@code immediate}, {@code daily}, {@code weekly} or {@code paused}
 * @param time     local time of scheduled digests, {@code HH:MM} (24 h)
 * @param hour     the older way to say the time: a whole hour 0–23 ({@code digestHour})
 * @param weekday  the day of a weekly digest, {@code monday} … {@code sunday}
 * @param timeZone an IANA zone such as {@code Europe/Vilnius}
 */
public record DeliveryChoice(Optional<String> mode, Optional<String> time, Optional<Integer> hour,
        Optional<String> weekday, Optional<String> timeZone) {

    private static final Pattern HH_MM = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");

    /** The checked settings. */
    public record Checked(Optional<DeliveryMode> mode, Optional<LocalTime> time, Optional<DayOfWeek> weekday,
            Optional<java.time.ZoneId> zone) {
    }

    public Checked check() throws InvalidInputException {
        Optional<DeliveryMode> checkedMode = Optional.empty();
        if (mode.isPresent()) {
            checkedMode = Optional.of(DeliveryMode.parse("deliveryMode", mode.get()));
        }
        Optional<LocalTime> checkedTime = Optional.empty();
        if (time.isPresent()) {
            Matcher m = HH_MM.matcher(time.get().strip());
            if (!m.matches()) {
                throw new InvalidInputException("digestTime", "digestTime must be a local time HH:MM from 00:00 to 23:59");
            }
            checkedTime = Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if (hour.isPresent()) {
            if (hour.get() < 0 || hour.get() > 23) {
                throw new InvalidInputException("digestHour", "digestHour must be a whole hour from 0 to 23");
            }
            if (checkedTime.isPresent() && checkedTime.get().getHour() != hour.get()) {
                throw new InvalidInputException("digestHour", "digestHour and digestTime disagree; send one of them");
            }
            checkedTime = checkedTime.or(() -> Optional.of(LocalTime.of(hour.get(), 0)));
        }
        Optional<DayOfWeek> checkedDay = Optional.empty();
        if (weekday.isPresent()) {
            try {
                checkedDay = Optional.of(DayOfWeek.valueOf(weekday.get().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("weekday", "weekday must be a day of the week such as monday");
            }
        }
        Optional<java.time.ZoneId> zone = Optional.empty();
        if (timeZone.isPresent()) {
            zone = Optional.of(SubscriberService.zone(timeZone.get()));
        }
        return new Checked(checkedMode, checkedTime, checkedDay, zone);
    }
}
