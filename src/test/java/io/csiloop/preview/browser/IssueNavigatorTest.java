package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The issue navigator, reached by the header's "Issues" link: filters narrow the table and a row opens its issue;
 * and the dashboard's "Assigned to me": the person's issues that are not done.
 */
class IssueNavigatorTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldListMyOpenIssuesOnTheDashboard() {
        Browser browser = world.browser();
        browser.logIn("editor");
        browser.open("/secure/Dashboard.jspa");
        browser.find(By.id("my-open-issues"));
        // The editor's demo issues except OPS-1, which is done.
        assertEquals(List.of("OPS-3", "SVC-10", "SVC-11", "SVC-13", "SVC-2", "SVC-20", "SVC-4", "SVC-6", "SVC-8"),
                keys(browser, "#my-open-issues").stream().sorted().toList());
    }

    @Test
    void shouldFilterTheIssuesAndOpenOne() throws Exception {
        Browser browser = world.browser();
        browser.logIn("editor");
        browser.open("/secure/Dashboard.jspa");
        browser.find(By.id("nav-issues")).click();
        browser.find(By.id("issuetable"));
        new Select(browser.find(By.id("navigator-project"))).selectByVisibleText("Service Operations");
        new Select(browser.find(By.id("navigator-type"))).selectByVisibleText("Lifecycle Project");
        browser.find(By.id("navigator-search")).click();

        browser.waitFor(d -> d.getCurrentUrl().contains("type=Lifecycle"));
        assertEquals(List.of("SVC-1", "SVC-10", "SVC-20", "SVC-4", "SVC-5", "SVC-8", "SVC-9"),
                keys(browser, "#issuetable").stream().sorted().toList());
        assertEquals("7 issues", browser.find(By.id("navigator-count")).getText());
        browser.screenshot("issue-navigator");

        new Select(browser.find(By.id("navigator-status"))).selectByVisibleText("Executing");
        browser.find(By.id("navigator-search")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("status=Executing"));
        assertEquals(List.of("SVC-9"), keys(browser, "#issuetable"));
        browser.find(By.cssSelector("#issuetable td.summary a")).click();

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/browse/SVC-9"));
        assertEquals("EXECUTING", browser.find(By.id("issue-status")).getText());
    }

    private static List<String> keys(Browser browser, String table) {
        return browser.driver().findElements(By.cssSelector(table + " tbody tr")).stream()
                .map((WebElement row) -> row.getAttribute("data-issue-key")).toList();
    }
}
