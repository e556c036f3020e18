package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The admin console pages against a real server: searching subscribers (and escaping what they typed), an outbox
 * failure with the mail server's own words and its retry through the page's form, the topics with their preview,
 * the dev mailbox's new place; then every page in Chromium at desktop and phone size.
 */
@ExtendWith(ArquillianExtension.class)
class AdminPagesIT {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3925);
    private static final Duration AT_MOST = Duration.ofSeconds(60);

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api api = Api.forItServer();
    private final AdminConsole console = AdminConsole.forItServer();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    void searchFindsASubscriberAndShowsWhatTheyTypedAsText() {
        String hostile = "\"<script>alert(1)</script>-" + run + "\"@example.org";
        long id = api.addSubscriber(hostile);
        api.addKeywordRule(id, "<img src=x onerror=alert(2)>", "potash");

        HttpResponse<String> found = console.get("/admin/subscribers?q=" + "%3Cscript%3Ealert(1)%3C%2Fscript%3E-" + run);
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains("href=\"/admin/subscribers/" + id + "\""), found.body());
        assertTrue(found.body().contains("&quot;&lt;script&gt;alert(1)&lt;/script&gt;-" + run + "&quot;@example.org")
                || found.body().contains("\"&lt;script&gt;alert(1)&lt;/script&gt;-" + run + "\"@example.org"),
                found.body());
        assertFalse(found.body().contains("<script>alert(1)"), found.body());
        assertTrue(found.body().contains("<span class=\"badge active\">active</span>"), found.body());

        HttpResponse<String> nobody = console.get("/admin/subscribers?q=nobody-" + run + "%25_");
        assertEquals(200, nobody.statusCode());
        assertTrue(nobody.body().contains("No subscriber's address contains “nobody-" + run + "%_”."), nobody.body());

        HttpResponse<String> tooLong = console.get("/admin/subscribers?q=" + "a".repeat(101));
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("id=\"q-error\">search for at most 100 characters"), tooLong.body());
        assertEquals(400, console.get("/admin/subscribers?limit=0").statusCode());

        HttpResponse<String> detail = console.get("/admin/subscribers/" + id);
        assertEquals(200, detail.statusCode(), detail.body());
        assertTrue(detail.body().contains("&lt;img src=x onerror=alert(2)&gt;"), detail.body());
        assertFalse(detail.body().contains("<img src=x"), detail.body());

        HttpResponse<String> paused = console.follow(console.submit("/admin/subscribers/" + id,
                "/admin/subscribers/" + id + "/pause", Map.of("reason", "asked by phone")));
        assertTrue(paused.body().contains("Mail to this subscriber is paused."), paused.body());
        assertEquals("paused", Api.object(api.get("/api/subscribers/" + id)).getString("deliveryMode"));
        HttpResponse<String> badMode = console.submit("/admin/subscribers/" + id, "/admin/subscribers/" + id
                + "/resume", Map.of("mode", "hourly"));
        assertEquals(400, badMode.statusCode(), badMode.body());
        assertTrue(badMode.body().contains("id=\"mode-error\">choose how mail comes"), badMode.body());
        HttpResponse<String> resumed = console.follow(console.submit("/admin/subscribers/" + id,
                "/admin/subscribers/" + id + "/resume", Map.of("mode", "weekly")));
        assertTrue(resumed.body().contains("Mail to this subscriber is on again."), resumed.body());
        assertEquals("weekly", Api.object(api.get("/api/subscribers/" + id)).getString("deliveryMode"));

        HttpResponse<String> deleted = console.follow(console.submit("/admin/subscribers/" + id,
                "/admin/subscribers/" + id + "/delete", Map.of()));
        assertTrue(deleted.body().contains("The subscriber was deleted"), deleted.body());
        assertEquals(404, api.get("/api/subscribers/" + id).statusCode());
        assertEquals(404, console.get("/admin/subscribers/" + id).statusCode());
    }

    @Test
    void aFailedMessageShowsTheServersAnswerAndTheFormRetriesIt() throws Exception {
        String email = "console-" + run + "@example.org";
        OutboxFlow flow = new OutboxFlow(api);
        long subscriber = flow.subscriber(email);
        flow.newMatchingItem();
        String answer = "550 5.1.1 <" + email + ">: mailbox <b>unavailable</b>";
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(SMTP_PORT)) {
            smtp.answerRcpt(email, answer);
            long id = flow.digest(subscriber);
            flow.awaitStatus(id, "failed", true, AT_MOST);

            HttpResponse<String> failed = console.get("/admin/outbox?status=failed");
            assertEquals(200, failed.statusCode(), failed.body());
            assertTrue(failed.body().contains("550 5.1.1 &lt;" + email + "&gt;: mailbox &lt;b&gt;unavailable&lt;/b&gt;"),
                    failed.body());
            assertTrue(failed.body().contains("action=\"/admin/outbox/" + id + "/retry\""), failed.body());

            HttpResponse<String> retried = console.submit("/admin/outbox?status=failed",
                    "/admin/outbox/" + id + "/retry", Map.of());
            assertEquals(303, retried.statusCode(), retried.body());
            assertTrue(console.follow(retried).body().contains("The message is pending again"));
            HttpResponse<String> drained = console.follow(console.submit("/admin/outbox", "/admin/outbox/drain",
                    Map.of()));
            assertTrue(drained.body().contains("The outbox was drained"), drained.body());
            JsonObject sent = flow.awaitStatus(id, "sent", true, AT_MOST);
            assertEquals(1, sent.getInt("attempts"), sent.toString());
            assertEquals(1, smtp.receivedFor(email).size());

            HttpResponse<String> again = console.follow(console.submit("/admin/outbox", "/admin/outbox/" + id
                    + "/retry", Map.of()));
            assertTrue(again.body().contains("That message has not failed"), again.body());
            HttpResponse<String> subscriberPage = console.get("/admin/subscribers/" + subscriber);
            assertTrue(subscriberPage.body().contains("<span class=\"badge sent\">sent</span>"), subscriberPage.body());
        }
        assertEquals(400, console.get("/admin/outbox?status=bogus").statusCode());
        assertEquals(400, console.get("/admin/outbox?before=x").statusCode());
    }

    @Test
    void anUnconfirmedSubscriberShowsAsSuchAndTheConfirmationIsNotSentTwiceAMinute() {
        String email = "unconfirmed-" + run + "@example.org";
        HttpResponse<String> signedUp = new SignUpClient(api).subscribe(Json.createObjectBuilder()
                .add("email", email).add("timeZone", "Europe/Minsk").build());
        assertEquals(202, signedUp.statusCode(), signedUp.body());

        HttpResponse<String> found = console.get("/admin/subscribers?q=unconfirmed-" + run);
        Matcher link = Pattern.compile("href=\"/admin/subscribers/([0-9]+)\"").matcher(found.body());
        assertTrue(link.find(), found.body());
        assertTrue(found.body().contains("<span class=\"badge unconfirmed\">unconfirmed</span>"), found.body());
        String detail = "/admin/subscribers/" + link.group(1);
        assertTrue(console.get(detail).body().contains("Send the confirmation mail again"));
        // The sign-up recorded a confirmation mail a moment ago: a second one within the minute is refused.
        HttpResponse<String> again = console.follow(console.submit(detail, detail + "/confirmation", Map.of()));
        assertTrue(again.body().contains("A confirmation mail was recorded less than a minute ago"), again.body());
    }

    @Test
    void topicsListTheirUseAndAPreviewOfRecentItems() {
        FeedServer feeds = FeedServer.get();
        String path = "/console-topics-" + run + ".xml";
        String title = "Potash quotas " + run;
        feeds.serve(path, FeedServer.rss("Console " + run, FeedServer.item(path + "-1", title,
                "Belarus potash exports.")), "application/rss+xml");
        long feed = api.addFeed(feeds.url(path));
        api.poll(feed);
        long subscriber = api.addSubscriber("topics-" + run + "@example.org");
        api.addRule(subscriber, Json.createObjectBuilder().add("type", "topic").add("topic", "potash").build());

        HttpResponse<String> page = console.get("/admin/topics");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<h2 id=\"topic-potash\">Potash and fertilisers</h2>"), page.body());
        assertTrue(page.body().contains(title), "the new item is in the potash preview: " + page.body());
        assertTrue(page.body().matches("(?s).*<code>potash</code> · used by [1-9][0-9]* rules?.*"), page.body());
    }

    @Test
    void aTopicIsCreatedEditedAndDeletedThroughTheFormsWithEachMistakeNamed() throws Exception {
        String name = "console-" + run;
        Path file = Path.of("target/liberty/wlp/usr/servers", System.getProperty("it.server.name", "feedwatchIT"),
                "topics", name + ".properties");
        try {
            HttpResponse<String> badQuery = console.submit("/admin/topics/new", "/admin/topics/new", Map.of("name",
                    name, "title", "Beets", "description", "Sugar beet", "query", "beet OR"));
            assertEquals(400, badQuery.statusCode(), badQuery.body());
            assertTrue(badQuery.body().contains("id=\"query-error\">OR needs a word"), badQuery.body());
            assertTrue(badQuery.body().contains(">beet OR</textarea>"), "what was typed stays: " + badQuery.body());
            assertEquals(404, api.get("/api/topics/" + name).statusCode(), "nothing was written");

            HttpResponse<String> created = console.follow(console.submit("/admin/topics/new", "/admin/topics/new",
                    Map.of("name", name, "title", "Beets <i>" + run + "</i>", "description", "Sugar beet",
                            "query", "beet* OR \"сахарная свёкла\"")));
            assertTrue(created.body().contains("The topic file was saved"), created.body());
            assertTrue(created.body().contains("Beets &lt;i&gt;" + run), created.body());
            assertEquals("beet* OR \"сахарная свёкла\"", Api.object(api.get("/api/topics/" + name)).getString("query"));
            HttpResponse<String> again = console.submit("/admin/topics/new", "/admin/topics/new", Map.of("name", name,
                    "title", "T", "description", "D", "query", "beet"));
            assertEquals(400, again.statusCode());
            assertTrue(again.body().contains("id=\"name-error\">a topic file named " + name), again.body());

            String edit = "/admin/topics/" + name + "/edit";
            HttpResponse<String> stale = console.submit(edit, edit, Map.of("version", "0000", "title", "Beets",
                    "description", "Sugar beet", "query", "beet"));
            assertEquals(400, stale.statusCode());
            assertTrue(stale.body().contains("the topic file changed since this form was opened"), stale.body());
            HttpResponse<String> edited = console.follow(console.submit(edit, edit, Map.of("version",
                    console.hiddenField(edit, "version"), "title", "Sugar beet", "description", "Beets, sugar",
                    "query", "beet OR sugar")));
            assertTrue(edited.body().contains("The topic file was saved"), edited.body());
            assertEquals("Sugar beet", Api.object(api.get("/api/topics/" + name)).getString("title"));

            long subscriber = api.addSubscriber("beets-" + run + "@example.org");
            long rule = api.addRule(subscriber, Json.createObjectBuilder().add("type", "topic").add("topic", name)
                    .build());
            HttpResponse<String> inUse = console.submit(edit, "/admin/topics/" + name + "/delete",
                    Map.of("version", console.hiddenField(edit, "version")));
            assertEquals(400, inUse.statusCode());
            assertTrue(inUse.body().contains("1 rule uses this topic"), inUse.body());
            assertEquals(204, api.delete("/api/subscribers/" + subscriber + "/rules/" + rule).statusCode());
            HttpResponse<String> deleted = console.follow(console.submit(edit, "/admin/topics/" + name + "/delete",
                    Map.of("version", console.hiddenField(edit, "version"))));
            assertTrue(deleted.body().contains("The topic file was deleted."), deleted.body());
            assertEquals(404, api.get("/api/topics/" + name).statusCode());
            assertFalse(Files.exists(file));
        } finally {
            // Other ITs expect the shipped topics only; a failure above must not leave this one behind.
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theDevMailboxMovedIntoTheConsole() {
        HttpResponse<String> old = console.anonymousGet("/dev/mailbox");
        assertEquals(301, old.statusCode());
        assertEquals("/admin/mailbox", old.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertEquals(401, console.anonymousGet("/admin/mailbox").statusCode());
        HttpResponse<String> page = console.get("/admin/mailbox");
        assertEquals(200, page.statusCode(), page.body());
        // The ITs' server sends through SMTP on the loopback port, so there is no dev mailbox to list.
        assertTrue(page.body().contains("mail goes out through the SMTP server <code>127.0.0.1:" + SMTP_PORT), page.body());
    }

    @Test
    void everyPageReadsWellOnADesktopAndAPhone() throws Exception {
        String email = "a-rather-long-address-to-wrap-" + run + "@subdomain.example.org";
        OutboxFlow flow = new OutboxFlow(api);
        long subscriber = flow.subscriber(email);
        api.addKeywordRule(subscriber, "Potash", "potash OR \"mineral fertilisers\" OR Belaruskali -football");
        flow.newMatchingItem();
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(SMTP_PORT)) {
            smtp.answerRcpt(email, "550 5.1.1 <" + email + ">: Recipient address rejected: User unknown in virtual"
                    + " mailbox table");
            flow.awaitStatus(flow.digest(subscriber), "failed", true, AT_MOST);
        }
        String login = console.base().replace("http://", "http://admin:it-secret@");
        WebDriver driver = browser.driver();
        for (String page : new String[] {"topics", "topics/potash/edit", "subscribers", "subscribers/" + subscriber, "outbox",
                "outbox?status=failed", "mailbox"}) {
            browser.open(page.replaceAll("[/?=]", "-"), login + "/admin/" + page);
            assertFalse(driver.findElements(By.cssSelector("nav.admin a[aria-current=page]")).isEmpty(),
                    "the nav marks the section: " + driver.getPageSource());
            PageChecks.accessible(driver);
            PageChecks.noInjectedScript(driver);
            PageChecks.everythingFocusableWithTab(driver);
            browser.resize(Browser.PHONE);
            PageChecks.noSidewaysScrolling(driver);
            browser.resize(Browser.DESKTOP);
            PageChecks.noSidewaysScrolling(driver);
            browser.screenshotBothSizes();
        }
    }
}
