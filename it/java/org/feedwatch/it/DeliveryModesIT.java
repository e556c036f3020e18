package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Delivery modes against a real server whose clock the test moves (a test-only clock bean): daily digests at
 * 07:00 local on DST-change days in Vilnius and New York, a slot missed during downtime sent once, alerts
 * batched over the window, a weekly digest with a rule that alerts, pause and resume. Times are in the past
 * (before the real now), so no other test's subscriber is ever due while the clock is moved.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryModesIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    private final Api api = Api.forItServer();
    private final TimeMachine time = new TimeMachine(api);
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> subscribers = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    private long feedId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatchWithTestClock();
    }

    @AfterEach
    void cleanUp() {
        // Removed, so no later test (with the real clock) finds these subscribers due.
        subscribers.forEach(id -> api.delete("/api/subscribers/" + id));
        if (feedId != 0) {
            api.delete("/api/feeds/" + feedId);
        }
    }

    @Test
    void sevenLocalStaysSevenLocalOverTheSpringChangeInVilnius() throws Exception {
        // Vilnius: 2026-03-29 03:00 → 04:00. 03:30 does not exist that day: that digest moves to 04:30.
        dailyAcrossAChange(ZoneId.of("Europe/Vilnius"), Instant.parse("2026-03-27T12:00:00Z"), LocalDate.of(2026, 3, 29),
                LocalTime.of(3, 30), LocalTime.of(4, 30));
    }

    @Test
    void sevenLocalStaysSevenLocalOverTheAutumnChangeInNewYork() throws Exception {
        // New York: 2026-11-01 02:00 → 01:00. 01:30 happens twice that day: the digest goes at the first only.
        dailyAcrossAChange(ZoneId.of("America/New_York"), Instant.parse("2026-10-30T12:00:00Z"), LocalDate.of(2026, 11, 1),
                LocalTime.of(1, 30), LocalTime.of(1, 30));
    }

    private void dailyAcrossAChange(ZoneId zone, Instant start, LocalDate changeDay, LocalTime oddTime,
            LocalTime oddTimeOnChangeDay) throws Exception {
        time.set(start);
        startFeed();
        String seven = mail("seven");
        String odd = mail("odd");
        subscriber(seven, zone, "daily", "07:00", null);
        subscriber(odd, zone, "daily", oddTime.toString(), null);
        Instant end = start.plus(Duration.ofDays(3)).plus(Duration.ofHours(1));
        int step = 0;
        for (Instant t = start; t.isBefore(end); t = t.plus(Duration.ofMinutes(15)), step++) {
            if (step % 24 == 0) {  // a new matching item every 6 hours
                time.set(t);
                publishAndPoll("Court upholds sentences of political prisoners, day " + step);
            }
            time.tickAt(t);
        }
        List<ZonedDateTime> sevens = sentTimes(seven, zone);
        assertEquals(3, sevens.size(), "one digest a day for three days: " + sevens);
        for (ZonedDateTime sent : sevens) {
            assertEquals(LocalTime.of(7, 0), sent.toLocalTime(), "07:00 local every day: " + sevens);
        }
        assertEquals(3, sevens.stream().map(ZonedDateTime::toLocalDate).distinct().count(), "never twice a day");
        assertTrue(sevens.stream().anyMatch(s -> s.toLocalDate().equals(changeDay)), "the change day has its digest");

        List<ZonedDateTime> odds = sentTimes(odd, zone);
        assertEquals(3, odds.size(), "never skipped, never twice: " + odds);
        for (ZonedDateTime sent : odds) {
            LocalTime expected = sent.toLocalDate().equals(changeDay) ? oddTimeOnChangeDay : oddTime;
            assertEquals(expected, sent.toLocalTime(), "the odd time: " + odds);
        }
        if (oddTime.equals(oddTimeOnChangeDay)) {
            // The repeated hour: the digest went at the first 01:30 (EDT), not the second (EST).
            ZonedDateTime onChange = odds.stream().filter(s -> s.toLocalDate().equals(changeDay)).findFirst()
                    .orElseThrow();
            assertEquals(Instant.parse("2026-11-01T05:30:00Z"), onChange.toInstant());
        }
    }

    @Test
    void aSlotMissedWhileTheServerWasDownIsSentOnceWhenItIsBack() throws Exception {
        ZoneId vilnius = ZoneId.of("Europe/Vilnius");
        time.set(Instant.parse("2026-05-04T12:00:00Z"));
        startFeed();
        String reader = mail("missed");
        long id = subscriber(reader, vilnius, "daily", "07:00", null);
        publishAndPoll("Political prisoners moved to a harsher regime");
        // Down from Monday noon to Friday noon: four 07:00 slots passed. Two ticks at once, as two timers might.
        Instant back = Instant.parse("2026-05-08T12:00:00Z");
        time.set(back);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> time.tickAt(back));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> time.tickAt(back));
        assertEquals(1, first.get() + second.get(), "one digest recorded between the two ticks");
        assertEquals(0, time.tickAt(back.plusSeconds(60)));
        assertEquals(1, Mails.to(SMTP, reader).size());
        JsonObject after = Api.object(api.get("/api/subscribers/" + id));
        assertEquals("2026-05-09T04:00:00Z", after.getString("nextDigestAt"), "the next slot is after now, not a missed one");

        publishAndPoll("Another political prisoners trial opens");
        assertEquals(1, time.tickAt(Instant.parse("2026-05-09T04:00:00Z")));
        assertEquals(2, Mails.to(SMTP, reader).size());
    }

    @Test
    void alertsGoAtOnceThenWaitForTheBatchingWindow() throws Exception {
        Instant t0 = Instant.parse("2026-06-01T10:00:00Z");
        time.set(t0);
        startFeed();
        String reader = mail("alerts");
        subscriber(reader, ZoneId.of("Europe/Vilnius"), "immediate", null, null);
        publishAndPoll("First: political prisoners released");
        assertEquals(1, time.tickAt(t0.plusSeconds(60)), "the first match goes within a minute");

        time.set(t0.plus(Duration.ofMinutes(3)));
        publishAndPoll("Second: political prisoners pardoned");
        publishAndPoll("Third: political prisoners return home");
        assertEquals(0, time.tickAt(t0.plus(Duration.ofMinutes(4))), "inside the 15-minute window");
        assertEquals(0, time.tickAt(t0.plus(Duration.ofMinutes(15))), "still inside it");
        assertEquals(1, time.tickAt(t0.plus(Duration.ofMinutes(16))), "window over: one mail for both");
        assertEquals(0, time.tickAt(t0.plus(Duration.ofMinutes(40))), "nothing new");

        List<MimeMessage> alerts = Mails.to(SMTP, reader);
        assertEquals(2, alerts.size());
        String second = Mails.textPart(alerts.get(1));
        assertTrue(second.contains("Second: political prisoners pardoned") && second.contains("Third"), second);
        assertFalse(second.contains("First: political prisoners released"), "already sent");
    }

    @Test
    void aWeeklyReaderGetsOneDigestOnTheirDayAndARuleOfTheirsAlerts() throws Exception {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant monday = Instant.parse("2026-06-08T12:00:00Z");
        time.set(monday);
        startFeed();
        String reader = mail("weekly");
        long id = subscriber(reader, newYork, "weekly", "18:00", "friday");
        api.addKeywordRule(id, "Potash", "potash");
        api.addRule(id, Json.createObjectBuilder().add("type", "keyword").add("name", "Bialiatski")
                .add("query", "Bialiatski").add("deliveryMode", "immediate").build());
        publishAndPoll("Potash exports rise");
        publishAndPoll("Bialiatski speaks after release");
        assertEquals(1, time.tickAt(monday.plusSeconds(60)), "the immediate rule alerts at once");
        assertTrue(Mails.textPart(Mails.to(SMTP, reader).get(0)).contains("Bialiatski speaks"));
        assertFalse(Mails.textPart(Mails.to(SMTP, reader).get(0)).contains("Potash exports"));

        for (Instant t = monday.plus(Duration.ofHours(1)); t.isBefore(monday.plus(Duration.ofDays(6)));
                t = t.plus(Duration.ofHours(1))) {
            time.tickAt(t);
        }
        List<ZonedDateTime> sent = sentTimes(reader, newYork);
        assertEquals(2, sent.size(), "the alert and one weekly digest: " + sent);
        assertEquals(ZonedDateTime.of(2026, 6, 12, 18, 0, 0, 0, newYork).toInstant(), sent.get(1).toInstant());
        String weekly = Mails.textPart(Mails.to(SMTP, reader).get(1));
        assertTrue(weekly.contains("Potash exports rise"), weekly);
        assertFalse(weekly.contains("Bialiatski speaks"), "already alerted");
    }

    @Test
    void pausedMeansNoMailAndResumingSendsWhatWaited() throws Exception {
        ZoneId vilnius = ZoneId.of("Europe/Vilnius");
        Instant start = Instant.parse("2026-07-01T12:00:00Z");
        time.set(start);
        startFeed();
        String reader = mail("paused");
        long id = subscriber(reader, vilnius, "paused", "07:00", null);
        publishAndPoll("Political prisoners: new names added");
        assertEquals(0, time.tickAt(Instant.parse("2026-07-02T04:00:00Z")), "paused at the slot");
        assertEquals(0, time.tickAt(Instant.parse("2026-07-03T04:00:00Z")));

        HttpResponse<String> resumed = api.put("/api/subscribers/" + id + "/delivery",
                "{\"deliveryMode\":\"immediate\"}");
        assertEquals(200, resumed.statusCode(), resumed.body());
        assertEquals("immediate", Api.object(resumed).getString("deliveryMode"));
        assertEquals(1, time.tickAt(Instant.parse("2026-07-03T04:01:00Z")), "what waited goes out as an alert");
        assertTrue(Mails.textPart(Mails.to(SMTP, reader).get(0)).contains("new names added"));

        HttpResponse<String> bad = api.put("/api/subscribers/" + id + "/delivery", "{\"digestTime\":\"25:00\"}");
        assertEquals(400, bad.statusCode());
        assertEquals("digestTime", Api.object(bad).getString("field"));
    }

    private String mail(String what) {
        return what + "-" + run + "@example.org";
    }

    private long subscriber(String email, ZoneId zone, String mode, String digestTime, String weekday) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("email", email).add("timeZone", zone.getId())
                .add("deliveryMode", mode);
        if (digestTime != null) {
            body.add("digestTime", digestTime);
        }
        if (weekday != null) {
            body.add("weekday", weekday);
        }
        HttpResponse<String> created = api.post("/api/subscribers", body.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.object(created).getJsonNumber("id").longValue();
        subscribers.add(id);
        if (!mode.equals("weekly")) {
            api.addKeywordRule(id, "Prisoners", "\"political prisoners\"");
        }
        return id;
    }

    private void startFeed() {
        feeds.serve(feedPath(), FeedServer.rss("Modes " + run), "application/rss+xml");
        feedId = api.addFeed(feeds.url(feedPath()));
    }

    private void publishAndPoll(String title) {
        items.add(FeedServer.item(run + "-" + items.size(), title, title + "."));
        feeds.serve(feedPath(), FeedServer.rss("Modes " + run, items.toArray(String[]::new)), "application/rss+xml");
        JsonObject polled = api.poll(feedId);
        assertEquals(1, polled.getInt("newItems"), polled.toString());
    }

    private String feedPath() {
        return "/modes-" + run + ".xml";
    }

    private static List<ZonedDateTime> sentTimes(String recipient, ZoneId zone) throws Exception {
        List<ZonedDateTime> times = new ArrayList<>();
        for (MimeMessage m : Mails.to(SMTP, recipient)) {
            times.add(m.getSentDate().toInstant().atZone(zone));
        }
        times.sort(null);
        return times;
    }
}
