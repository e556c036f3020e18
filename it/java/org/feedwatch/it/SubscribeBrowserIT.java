package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front page and the sign-up page in Chromium: the browser's time zone filled in, the live preview listing
 * matching news as a name is typed (feed text inserted as text, matched words marked), a bad query shown next to
 * its field, and the "check your inbox" page. Screenshots at desktop and phone size go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class SubscribeBrowserIT {

    /** Not the machine's zone (UTC here), so only the script can have put it in. */
    private static final String ZONE = "Pacific/Auckland";
    /** RSS titles are HTML: escaped twice, the title shows markup as text. */
    private static final String HOSTILE = "&amp;lt;img src=x onerror=window.__pwned=1&amp;gt;";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api api = Api.forItServer();
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private long feedId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @AfterEach
    void cleanUp() {
        if (feedId != 0) {
            api.delete("/api/feeds/" + feedId);
        }
    }

    @Test
    void fromTheFrontPageThroughTheLivePreviewToCheckYourInbox() {
        String path = "/browser-preview-" + run + ".xml";
        feeds.serve(path, FeedServer.rss("Rights desk " + run,
                FeedServer.item(run + "-1", "Алеся Бяляцкага перавялі ў іншую калонію " + run,
                        "Праваабаронцу Алеся Бяляцкага перавялі."),
                FeedServer.item(run + "-2", HOSTILE + " Ales Bialiatski writes from prison " + run,
                        "A letter from Ales Bialiatski."),
                FeedServer.item(run + "-3", "Potash prices " + run, "Nothing about him.")), "application/rss+xml");
        feedId = api.addFeed(feeds.url(path));
        assertEquals(3, api.poll(feedId).getInt("newItems"));
        WebDriver driver = browser.driver();
        browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ZONE));

        browser.open("home", api.base() + "/");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("in your inbox"));
        browser.checkAndScreenshot();
        browser.step("subscribe");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("a.cta")));
        assertTrue(driver.getCurrentUrl().endsWith("/subscribe"), driver.getCurrentUrl());

        assertEquals(ZONE, PageChecks.script(driver, "return Intl.DateTimeFormat().resolvedOptions().timeZone"));
        Select zone = new Select(driver.findElement(By.id("timeZone-field")));
        assertEquals(ZONE, zone.getFirstSelectedOption().getAttribute("value"), "filled in from the browser");

        driver.findElement(By.id("name-field")).sendKeys("Алесь Бяляцкі");
        WebElement results = driver.findElement(By.cssSelector("[data-preview-type=person] [data-preview-results]"));
        assertEquals("polite", results.getAttribute("aria-live"));
        List<WebElement> found = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> items = results.findElements(By.cssSelector("li"));
            return items.stream().filter(li -> li.getText().contains(run)).count() == 2 ? items : null;
        });
        assertTrue(found.stream().noneMatch(li -> li.getText().contains("Potash prices " + run)));
        WebElement hostile = found.stream().filter(li -> li.getText().contains("writes from prison")).findFirst()
                .orElseThrow();
        assertTrue(hostile.getText().contains("<img src=x onerror=window.__pwned=1>"), "the title as text: "
                + hostile.getText());
        assertEquals("undefined", PageChecks.script(driver, "return typeof window.__pwned"));
        assertEquals(0L, ((Number) PageChecks.script(driver,
                "return document.querySelectorAll('[data-preview-results] img').length")).longValue());
        assertTrue(hostile.findElement(By.cssSelector("a")).getAttribute("href")
                .startsWith("https://news.example.org/"), "the title links to the story");
        assertTrue(hostile.getText().contains("Rights desk " + run), "the feed");
        assertFalse(hostile.findElements(By.cssSelector("mark")).isEmpty(), "matched words marked");
        browser.checkAndScreenshot();

        browser.step("bad-query");
        driver.findElement(By.id("email-field")).sendKeys("browser-" + run + "@example.org");
        driver.findElement(By.id("topic-sanctions")).click();
        driver.findElement(By.id("query-field")).sendKeys("potash \"sanctions");
        WebElement queryResults = driver.findElement(By.cssSelector("[data-preview-type=keyword] [data-preview-results]"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> queryResults.getText().contains("unbalanced"));
        assertTrue(queryResults.getText().contains("(at character 8)"), queryResults.getText());
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed("fw_csrf");
        assertTrue(cookie != null && cookie.isHttpOnly(), "the pages' CSRF cookie: " + cookie);
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("button[type=submit]")));
        assertFalse(driver.getTitle().startsWith("Error"), driver.getTitle() + " with the cookie " + cookie);
        WebElement query = driver.findElement(By.id("query-field"));
        assertEquals("true", query.getAttribute("aria-invalid"));
        assertTrue(query.getAttribute("aria-describedby").contains("query-error"));
        assertTrue(driver.findElement(By.id("query-error")).getText().contains("unbalanced quote"));
        assertEquals("potash \"sanctions", query.getAttribute("value"), "the query kept");
        assertEquals(ZONE, new Select(driver.findElement(By.id("timeZone-field"))).getFirstSelectedOption()
                .getAttribute("value"), "the zone kept as sent");
        assertTrue(driver.findElement(By.id("topic-sanctions")).isSelected());
        browser.checkAndScreenshot();

        browser.step("sent");
        query.clear();
        query.sendKeys("potash sanctions");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("button[type=submit]")));
        assertEquals("Check your inbox", driver.findElement(By.tagName("h1")).getText(),
                driver.findElement(By.tagName("body")).getText());
        browser.checkAndScreenshot();
    }
}
