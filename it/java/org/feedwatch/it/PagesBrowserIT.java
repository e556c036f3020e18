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
import java.util.List;
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
import org.openqa.selenium.WebElement;

/**
 * The subscriber's pages in a real browser (Debian's headless Chromium), reached the way a subscriber reaches
 * them: from the links of a digest read back from GreenMail. Every page is screenshot at a desktop and a phone
 * size into target/screenshots, for people to look at.
 */
@ExtendWith(ArquillianExtension.class)
class PagesBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    final Browser browser = new Browser();

    private static final Pattern READ_ONLINE = Pattern.compile("Read online:\\s*\\r?\\n(http\\S+)");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("<(https?://[^>]+/unsubscribe\\?s=[0-9]+&t=[^>]+)>");
    /** The text a title shows: RSS titles are HTML, so this one is escaped twice. */
    private static final String HOSTILE_TEXT = "<script>window.__pwned=1</script><img src=x onerror=window.__pwned=2>";

    private final Api api = Api.forItServer();
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    void aDigestReadOnlineItsArchiveAndUnsubscribing() throws Exception {
        String email = "browser-" + run + "@example.org";
        long subscriber = api.addSubscriber(email);
        api.addKeywordRule(subscriber, "Minsk", "minsk");
        MimeMessage mail = digestFor(subscriber, email);
        WebDriver driver = browser.driver();

        Matcher readOnline = READ_ONLINE.matcher(Mails.textPart(mail));
        assertTrue(readOnline.find(), "a read-online link in the text part");
        browser.open("read-online", readOnline.group(1));
        List<WebElement> titles = driver.findElements(By.cssSelector("h3"));
        assertEquals(4, titles.size(), "every matched story: " + driver.getPageSource());
        for (WebElement link : driver.findElements(By.cssSelector("h3 a"))) {
            assertTrue(link.getAttribute("href").matches("https?://.+"), link.getAttribute("href"));
        }
        assertTrue(titles.stream().anyMatch(t -> t.getText().contains(HOSTILE_TEXT)), "the hostile title as text");
        assertTrue(titles.stream().anyMatch(t -> t.getText().contains("Minsk markup title")));
        PageChecks.noInjectedScript(driver);
        browser.checkAndScreenshot();
        String digestHeading = driver.findElement(By.tagName("h1")).getText();

        browser.step("archive");
        Browser.clickAndWait(driver, driver.findElement(By.linkText("Past digests")));
        assertTrue(driver.getCurrentUrl().contains("/archive?s=" + subscriber), driver.getCurrentUrl());
        WebElement listed = driver.findElement(By.linkText(mail.getSubject()));
        browser.checkAndScreenshot();
        browser.step("archive-entry");
        Browser.clickAndWait(driver, listed);
        assertEquals(digestHeading, driver.findElement(By.tagName("h1")).getText(), "the listed digest opens");
        assertEquals(4, driver.findElements(By.cssSelector("h3")).size());

        unsubscribe(driver, mail, subscriber);
        forgedToken(driver, subscriber);
    }

    /** A feed with matching stories, two with hostile titles, polled; a digest sent and read from GreenMail. */
    private MimeMessage digestFor(long subscriber, String email) throws Exception {
        String path = "/browser-" + run + ".xml";
        feeds.serve(path, FeedServer.rss("Browser test " + run,
                FeedServer.item(run + "-1", "Minsk court hears rights defenders", "The trial began in Minsk."),
                FeedServer.item(run + "-2", "Snow closes Minsk airport", "Flights to Minsk were cancelled."),
                FeedServer.item(run + "-3", HOSTILE_TEXT.replace("<", "&amp;lt;").replace(">", "&amp;gt;")
                        + " Minsk escaped title", "A title that shows markup as text."),
                FeedServer.item(run + "-4", "&lt;img src=x onerror=window.__pwned=3&gt;Minsk markup title",
                        "A title that is markup.")), "application/rss+xml");
        assertEquals(4, api.poll(api.addFeed(feeds.url(path))).getInt("newItems"));
        var sent = api.post("/api/subscribers/" + subscriber + "/digest", null);
        assertEquals(200, sent.statusCode(), sent.body());
        return Mails.awaitMailTo(SMTP, email);
    }

    /** The page behind List-Unsubscribe, its button, and the subscriber inactive afterwards. */
    private void unsubscribe(WebDriver driver, MimeMessage mail, long subscriber) throws Exception {
        Matcher link = UNSUBSCRIBE.matcher(mail.getHeader("List-Unsubscribe", ","));
        assertTrue(link.find(), mail.getHeader("List-Unsubscribe", ","));
        browser.open("unsubscribe", link.group(1));
        assertTrue(Api.object(api.get("/api/subscribers/" + subscriber)).getBoolean("active"), "a GET changes nothing");
        WebElement button = driver.findElement(By.cssSelector("form button[type=submit]"));
        browser.checkAndScreenshot();
        browser.step("unsubscribed");
        Browser.clickAndWait(driver, button);
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("unsubscribed"),
                driver.findElement(By.tagName("body")).getText());
        assertFalse(Api.object(api.get("/api/subscribers/" + subscriber)).getBoolean("active"));
        browser.checkAndScreenshot();
    }

    /** A forged token: a 404 with our own page saying so (not an empty body the browser replaces with its own). */
    private void forgedToken(WebDriver driver, long subscriber) {
        String url = api.base() + "/unsubscribe?s=" + subscriber + "&t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assertEquals(404, api.anonymous(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode());
        browser.open("forged-token", url);
        browser.checkAndScreenshot();
        assertEquals("Error 404 · Feedwatch", driver.getTitle());
        assertEquals("Error 404", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.linkText("Back to the start page")).isDisplayed());
        assertFalse(driver.getPageSource().contains("AAAAAAAAAAAAAAAAAAAA"), "the token is not echoed");
    }
}
