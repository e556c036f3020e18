package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
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
 * The admin console in headless Chromium: logging in, adding a feed by the address of a web page that links to it,
 * and a broken feed's error on the feeds page and the dashboard. Screenshots at desktop and phone size.
 */
@ExtendWith(ArquillianExtension.class)
class AdminBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api api = Api.forItServer();
    private final FeedServer feeds = FeedServer.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    void logInAddAFeedByItsPageAndSeeABrokenFeedsError() {
        WebDriver driver = browser.driver();
        browser.open("login", api.base() + "/admin/feeds");
        assertTrue(driver.getCurrentUrl().contains("/admin/login"), driver.getCurrentUrl());
        PageChecks.accessible(driver);
        browser.screenshotBothSizes();
        PageChecks.noSidewaysScrolling(driver);

        browser.step("wrong-password");
        logIn(driver, "admin", "not-the-password");
        assertEquals("Wrong user name or password.", driver.findElement(By.id("login-error")).getText());
        browser.screenshotBothSizes();

        browser.step("feeds-empty");
        logIn(driver, "admin", Api.PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/admin/feeds"), "back where we wanted to go: "
                + driver.getCurrentUrl());
        PageChecks.accessible(driver);

        browser.step("feed-added");
        String feedPath = "/admin-" + run + ".xml";
        feeds.serve(feedPath, FeedServer.rss("Admin browser " + run,
                FeedServer.item(run + "-1", "Minsk court hears rights defenders", "The trial began.")), "application/rss+xml");
        feeds.serve("/news-" + run + ".html", FeedServer.htmlPage("News " + run, "<link rel=\"alternate\""
                + " type=\"application/rss+xml\" title=\"News\" href=\"" + feedPath + "\">"), "text/html; charset=utf-8");
        driver.findElement(By.id("url")).sendKeys(feeds.url("/news-" + run + ".html"));
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form[action='/admin/feeds'] button[type=submit]")));
        assertTrue(driver.findElement(By.cssSelector(".notice")).getText().startsWith("Added"), driver.getPageSource());
        WebElement row = rowFor(driver, feeds.url(feedPath));
        Browser.clickAndWait(driver, row.findElement(By.xpath(".//button[text()='Poll now']")));
        row = rowFor(driver, feeds.url(feedPath));
        assertTrue(row.getText().contains("Admin browser " + run), row.getText());
        assertTrue(row.findElement(By.cssSelector(".badge")).getText().equals("OK"), row.getText());

        browser.step("feed-failing");
        String brokenPath = "/broken-" + run + ".xml";
        feeds.fail(brokenPath, 500);
        api.poll(api.addFeed(feeds.url(brokenPath)));
        browser.open("feed-failing", api.base() + "/admin/feeds");
        WebElement broken = driver.findElement(By.cssSelector("tbody tr"));
        assertTrue(broken.getText().contains(feeds.url(brokenPath)), "failing feeds come first: " + broken.getText());
        assertEquals("Failing", broken.findElement(By.cssSelector(".badge")).getText());
        assertTrue(broken.findElement(By.cssSelector(".err")).getText().contains("500"), broken.getText());
        PageChecks.accessible(driver);
        browser.screenshotBothSizes();
        browser.resize(Browser.PHONE);
        PageChecks.noSidewaysScrolling(driver);
        browser.resize(Browser.DESKTOP);

        browser.open("dashboard", api.base() + "/admin");
        assertEquals("Dashboard", driver.findElement(By.tagName("h1")).getText());
        WebElement failing = driver.findElement(By.cssSelector("tr.failing"));
        assertTrue(failing.getText().contains("500"), failing.getText());
        PageChecks.accessible(driver);
        PageChecks.everythingFocusableWithTab(driver);
        browser.screenshotBothSizes();
        browser.resize(Browser.PHONE);
        PageChecks.noSidewaysScrolling(driver);
        browser.resize(Browser.DESKTOP);

        browser.step("logged-out");
        Browser.clickAndWait(driver, driver.findElement(By.xpath("//nav//button[text()='Log out']")));
        assertTrue(driver.getCurrentUrl().contains("/admin/login"), driver.getCurrentUrl());
        browser.open("logged-out", api.base() + "/admin");
        assertTrue(driver.getCurrentUrl().contains("/admin/login"), "the session is over: " + driver.getCurrentUrl());
    }

    static void logIn(WebDriver driver, String user, String password) {
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form button[type=submit]")));
    }

    private static WebElement rowFor(WebDriver driver, String url) {
        return driver.findElements(By.cssSelector("tbody tr")).stream().filter(r -> r.getText().contains(url))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + url + ": " + driver.getPageSource()));
    }
}
