package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A subscriber's life in a real browser (Debian's headless Chromium): sign up, confirm from the mail, add a person
 * on the manage page, get an alert when news about them comes,
 * read it online, unsubscribe with one click, and get nothing more when the next news comes. Mail through
 * GreenMail, feeds from the loopback FeedServer, the digest tick driven with the test clock. Every page is
 * screenshot at desktop and phone size under target/screenshots (and on failure).
 */
@ExtendWith(ArquillianExtension.class)
class SubscriberJourneyBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    final Browser browser = new Browser();

    private static final Pattern READ_ONLINE = Pattern.compile("Read online:\\s*\\r?\\n(http\\S+)");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("<(https?://[^>]+/unsubscribe\\?s=[0-9]+&t=[^>]+)>");

    private final Api api = Api.forItServer();
    private final SignUpClient visitor = new SignUpClient(api);
    private final TimeMachine time = new TimeMachine(api);
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String path = "/journey-" + run + ".xml";
    private final Instant published = Instant.now().minus(Duration.ofHours(2));
    private long subscriber;
    private long feedId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatchWithTestClock();
    }

    @AfterEach
    void cleanUp() {
        if (subscriber != 0) {
            api.delete("/api/subscribers/" + subscriber);
        }
        if (feedId != 0) {
            api.delete("/api/feeds/" + feedId);
        }
    }

    @Test
    void signUpConfirmWatchAPersonReadTheAlertUnsubscribeAndHearNothingMore() throws Exception {
        String email = "journey-" + run + "@example.org";
        WebDriver driver = browser.driver();
        String old = item(1, "Алеся Бяляцкага перавялі ў іншую калонію", "Праваабаронцу Алеся Бяляцкага перавялі.");
        serve(old);
        feedId = api.addFeed(feeds.url(path));
        assertEquals(1, api.poll(feedId).getInt("newItems"));

        // Sign up on the page, as a visitor: the address, a curated topic, alerts as soon as something matches.
        browser.open("sign-up", api.base() + "/subscribe");
        browser.checkAndScreenshot();
        driver.findElement(By.id("email-field")).sendKeys(email);
        driver.findElement(By.id("topic-sanctions")).click();
        driver.findElement(By.id("mode-immediate")).click();
        browser.step("signed-up");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form[action='/subscribe'] button[type=submit]")));
        assertEquals("Check your inbox", driver.findElement(By.tagName("h1")).getText(),
                driver.findElement(By.tagName("body")).getText());
        browser.checkAndScreenshot();

        // Confirm from the mail, in the browser.
        String confirmLink = SignUpClient.confirmLink(Mails.awaitMailTo(SMTP, email));
        subscriber = SignUpClient.idOf(confirmLink);
        browser.open("confirm", confirmLink);
        browser.checkAndScreenshot();
        browser.step("confirmed");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form button[type=submit]")));
        assertEquals("You are subscribed", driver.findElement(By.tagName("h1")).getText());
        browser.checkAndScreenshot();

        // The manage page: a person rule. While the name is typed, the live preview lists the stored item that
        // names him in Belarusian and in another case; then the form's button adds the rule.
        browser.step("manage");
        Browser.clickAndWait(driver, driver.findElement(By.linkText("Manage your subscription")));
        assertEquals("Your subscription", driver.findElement(By.tagName("h1")).getText());
        browser.checkAndScreenshot();
        WebElement personForm = driver.findElement(By.id("add-person"));
        personForm.findElement(By.name("name")).sendKeys("Ales Bialiatski");
        browser.step("preview");
        WebElement preview = personForm.findElement(By.cssSelector("[data-preview-results]"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> preview.getText()
                .contains("Алеся Бяляцкага перавялі"));
        browser.screenshotBothSizes();
        browser.step("rule-added");
        Browser.clickAndWait(driver, personForm.findElement(By.cssSelector("button[type=submit]")));
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().startsWith("Rule added."));
        assertTrue(driver.findElement(By.id("rules")).getText().contains("Ales Bialiatski"));
        browser.checkAndScreenshot();

        // News about him: an alert at the next tick.
        browser.step("alert");
        serve(old, item(2, "Ales Bialiatski's wife speaks about his health", "Natallia Pinchuk on Ales Bialiatski."));
        assertEquals(1, api.poll(feedId).getInt("newItems"));
        Instant tick = Instant.now().plusSeconds(60);
        assertEquals(1, tickFor(email, tick), "one alert");
        MimeMessage alert = awaitMails(email, 2).get(1);
        assertTrue(Mails.textPart(alert).contains("Ales Bialiatski's wife speaks"), Mails.textPart(alert));

        Matcher readOnline = READ_ONLINE.matcher(Mails.textPart(alert));
        assertTrue(readOnline.find(), "a read-online link");
        browser.open("read-online", readOnline.group(1));
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("Ales Bialiatski's wife speaks"));
        browser.checkAndScreenshot();

        // One click: the mail's List-Unsubscribe page and its button.
        assertEquals("List-Unsubscribe=One-Click", alert.getHeader("List-Unsubscribe-Post", ","));
        Matcher unsubscribe = UNSUBSCRIBE.matcher(alert.getHeader("List-Unsubscribe", ","));
        assertTrue(unsubscribe.find(), alert.getHeader("List-Unsubscribe", ","));
        browser.open("unsubscribe", unsubscribe.group(1));
        browser.checkAndScreenshot();
        browser.step("unsubscribed");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form button[type=submit]")));
        assertEquals("You are unsubscribed", driver.findElement(By.tagName("h1")).getText());
        browser.checkAndScreenshot();
        // A mail program's RFC 8058 POST afterwards changes nothing more and is still answered.
        HttpResponse<String> oneClick = api.anonymous(HttpRequest.newBuilder(URI.create(unsubscribe.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
        assertEquals(200, oneClick.statusCode(), oneClick.body());
        assertFalse(Api.object(api.get("/api/subscribers/" + subscriber)).getBoolean("active"));

        // More news about him: matched, but nothing is recorded or sent.
        browser.step("after-unsubscribe");
        serve(old, item(2, "Ales Bialiatski's wife speaks about his health", "Natallia Pinchuk on Ales Bialiatski."),
                item(3, "Ales Bialiatski receives a new award", "The award goes to Ales Bialiatski."));
        assertEquals(1, api.poll(feedId).getInt("newItems"));
        assertEquals(2, Api.array(api.get("/api/subscribers/" + subscriber + "/matches")).size(), "matched");
        tickFor(email, tick.plus(Duration.ofMinutes(20)));
        tickFor(email, tick.plus(Duration.ofDays(2)));
        assertEquals(List.of("CONFIRM", "ALERT"), visitor.outboxKindsFor(email), "nothing more recorded");
        assertEquals(2, Mails.to(SMTP, email).size(), "nothing more sent");
    }

    /** Runs a digest tick at {@code at}; answers how many mails it recorded for {@code email}. */
    private int tickFor(String email, Instant at) {
        int before = visitor.outboxKindsFor(email).size();
        time.tickAt(at);
        return visitor.outboxKindsFor(email).size() - before;
    }

    /** The mails to {@code email} once there are {@code count} (the outbox sends within its minute). */
    private List<MimeMessage> awaitMails(String email, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<MimeMessage> mails = Mails.to(SMTP, email);
        while (mails.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(250);
            mails = Mails.to(SMTP, email);
        }
        assertEquals(count, mails.size(), "mails to " + email);
        return mails;
    }

    private void serve(String... items) {
        feeds.serve(path, FeedServer.rss("Journey " + run, items), "application/rss+xml");
    }

    /** An item published two hours ago: recent enough for the preview's days. */
    private String item(int n, String title, String description) {
        return "<item><guid isPermaLink=\"false\">" + run + "-" + n + "</guid><title>" + title + "</title><link>"
                + "https://news.example.org/" + run + "-" + n + "</link><description>" + description + "</description>"
                + "<pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC))
                + "</pubDate></item>";
    }
}
