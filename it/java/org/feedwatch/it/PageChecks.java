package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What every page owes a visitor, checked in the browser: a title, a language, labelled controls, every link
 * and control reachable with the Tab key, and no script from the page's data.
 */
final class PageChecks {

    /** Controls a keyboard user must reach: links, buttons and visible form fields. */
    private static final String INTERACTIVE = "a[href], button, input:not([type=hidden]), select, textarea";

    /** Returns a description of each form control nobody could name: no label, aria-label(ledby) or text. */
    private static final String UNLABELLED = """
            return Array.from(document.querySelectorAll('button, input:not([type=hidden]), select, textarea'))
              .filter(c => !(c.labels && c.labels.length > 0) && !c.getAttribute('aria-label')
                  && !c.getAttribute('aria-labelledby') && !(c.tagName === 'BUTTON' && c.textContent.trim())
                  && !(c.type === 'submit' && c.value))
              .map(c => c.outerHTML);
            """;

    private PageChecks() {
    }

    /** Title, lang and labels. */
    static void accessible(WebDriver driver) {
        assertFalse(driver.getTitle().isBlank(), "a <title>: " + driver.getCurrentUrl());
        String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
        assertTrue(lang != null && !lang.isBlank(), "<html lang>: " + driver.getCurrentUrl());
        assertEquals(List.of(), script(driver, UNLABELLED), "controls without a label");
    }

    /** Presses Tab from the top of the page until focus has visited every link and control (or comes round). */
    static void everythingFocusableWithTab(WebDriver driver) {
        // A group of radio buttons is one Tab stop (the checked one; arrow keys move inside the group).
        List<WebElement> expected = driver.findElements(By.cssSelector(INTERACTIVE)).stream()
                .filter(e -> !"true".equals(e.getAttribute("aria-hidden")))
                .filter(e -> !"radio".equals(e.getAttribute("type")) || e.isSelected()).toList();
        assertFalse(expected.isEmpty(), "something to reach on " + driver.getCurrentUrl());
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur();"
                + " window.scrollTo(0, 0);");
        List<WebElement> reached = new ArrayList<>();
        // Twice the stops and some: a time or date field takes a Tab stop per part (hours, minutes).
        for (int i = 0; i < 2 * expected.size() + 3 && !reached.containsAll(expected); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            reached.add(driver.switchTo().activeElement());
        }
        List<String> missed = expected.stream().filter(e -> !reached.contains(e))
                .map(e -> e.getTagName() + " '" + e.getText() + "' " + e.getAttribute("href") + " #"
                        + e.getAttribute("id") + " " + e.getAttribute("name")).toList();
        assertEquals(List.of(), missed, "not reachable with Tab on " + driver.getCurrentUrl());
    }

    /** Nothing wider than the window: the page never scrolls sideways (a wide table may, inside its own box). */
    static void noSidewaysScrolling(WebDriver driver) {
        Number page = script(driver, "return document.documentElement.scrollWidth");
        Number window = script(driver, "return document.documentElement.clientWidth");
        assertTrue(page.intValue() <= window.intValue(), "the page is " + page + " px wide in a " + window
                + " px window: " + driver.getCurrentUrl());
    }

    /** The page ran nothing of its data: no script or event-handler elements, and the canary is untouched. */
    static void noInjectedScript(WebDriver driver) {
        assertEquals("undefined", script(driver, "return typeof window.__pwned"), "a title's script ran");
        Number handlers = script(driver, "return document.querySelectorAll('script, [onerror], [onload]').length");
        assertEquals(0L, handlers.longValue(),
                "script or event handlers in " + driver.getCurrentUrl());
    }

    @SuppressWarnings("unchecked")
    static <T> T script(WebDriver driver, String js) {
        return (T) ((JavascriptExecutor) driver).executeScript(js);
    }
}
