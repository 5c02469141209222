package io.csiloop.preview.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benefits as a service owner records them: {@code editor} gives SVC-2 its expected benefit on the register form
 * (a value without its unit is refused on the unit, which takes the focus), records what SVC-3 realised now that it
 * is Improved, and finds the totals per unit, planned against realised, on the project page and in the dashboard
 * item, each the REST API's totals. Clicks and typing only; REST only reads.
 */
class BenefitsTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    private static final String FORM = ".csiloop-register-form";

    @Test
    void shouldTotalTheBenefitsRecordedOnTheRegisterFormOnTheProjectPageAndTheDashboard() throws Exception {
        Browser browser = world.browser();
        JourneyPages pages = new JourneyPages(browser, world.preview().baseUrl(), "benefits");
        browser.logIn("editor");

        browser.open("/browse/SVC-2");
        browser.find(By.cssSelector("details.csiloop-register-entry summary")).click();
        assertTrue(browser.driver().findElements(By.cssSelector(FORM + " [name='realisedValue']")).isEmpty(),
                "no realised benefit before Improved");
        pages.type(FORM, "expectedValue", "75", "unit", "", "expectedBy", "2027-01-31");
        browser.find(By.cssSelector(FORM + " .csiloop-register-save")).click();
        WebElement unit = browser.find(By.cssSelector(FORM + " [name='unit'][aria-invalid='true']"));
        String unitError = browser.find(By.cssSelector(FORM + " .csiloop-field-error[data-field='unit']")).getText();
        assertAll(() -> assertEquals(unit, active(browser), "the field in error takes the focus"),
                () -> assertTrue(unit.getAttribute("aria-describedby").contains("csiloop-reg-SVC-2-unit-error")),
                () -> assertEquals("Give the unit the value is in, e.g. hours per month.", unitError),
                () -> assertTrue(pages.read("issues/SVC-2/improvement").contains("\"expectedValue\":60.0"), "nothing saved"));

        pages.type(FORM, "unit", "hours per month");
        WebElement save = browser.find(By.cssSelector(FORM + " .csiloop-register-save"));
        save.click();
        browser.find(By.cssSelector(FORM + " .csiloop-form-message.aui-message-confirmation"));
        JsonNode svc2 = json(pages.read("issues/SVC-2/improvement")).get("register");
        assertAll(() -> assertNull(unit.getAttribute("aria-invalid")), () -> assertEquals(save, active(browser)),
                () -> assertEquals(75.0, svc2.get("expectedValue").asDouble()),
                () -> assertEquals("hours per month", svc2.get("unit").asText()),
                () -> assertEquals("2027-01-31", svc2.get("expectedBy").asText()));
        pages.shoot("01-expected-benefit", FORM + " .csiloop-benefit-expected");

        browser.open("/browse/SVC-3");
        browser.find(By.cssSelector("details.csiloop-register-entry summary")).click();
        assertEquals("52500", browser.find(By.cssSelector(FORM + " [name='realisedValue']")).getAttribute("value"));
        pages.type(FORM, "realisedValue", "55000", "realisedNote", "A year of tickets after the go-live.");
        browser.find(By.cssSelector(FORM + " .csiloop-register-save")).click();
        browser.find(By.cssSelector(FORM + " .csiloop-form-message.aui-message-confirmation"));
        pages.shoot("02-realised-benefit", FORM + " .csiloop-benefit-realised");

        JsonNode totals = json(pages.read("projects/SVC/benefits"));
        assertAll(() -> assertEquals(List.of("EUR per year 60,000 55,000", "hours per month 100 0"), units(totals)),
                () -> assertEquals("A year of tickets after the go-live.",
                        totals.get("units").get(0).get("improvements").get(0).get("realisedNote").asText()));

        browser.open("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");
        assertEquals(units(totals), shown(browser, ".csiloop-benefits"), "the project page shows the API's totals");
        assertEquals(List.of("SVC-3", "SVC-7"), rows(browser, ".csiloop-benefits", "EUR per year"), "biggest first");
        pages.shoot("03-project-page", ".csiloop-benefits");

        browser.open("/secure/Dashboard.jspa");
        assertEquals("CSI Loop: What benefit was delivered against what was planned?",
                browser.find(By.cssSelector("#gadget-title-csiloop-benefits")).getText());
        assertEquals(units(totals), shown(browser, "#gadget-csiloop-benefits"), "the dashboard item shows the API's totals");
        assertEquals(List.of("SVC-2", "SVC-6"), rows(browser, "#gadget-csiloop-benefits", "hours per month"));
        // The answer first: the item opens on the first unit's totals, planned against realised.
        WebElement firstUnit = browser.find(By.cssSelector("#gadget-csiloop-benefits .csiloop-benefit-unit-block"));
        assertEquals(List.of("EUR per year", "Realised 55,000 of 60,000 planned (92%)."), firstUnit
                .findElements(By.xpath("./*")).subList(0, 2).stream().map(WebElement::getText).toList());
        pages.shoot("04-dashboard-item", "#gadget-csiloop-benefits");
    }

    /** Each unit of the API's answer as "unit planned realised". */
    private static List<String> units(JsonNode totals) {
        List<String> units = new ArrayList<>();
        totals.get("units").forEach(u -> units.add(u.get("unit").asText() + " " + plain(u.get("planned").asDouble())
                + " " + plain(u.get("realised").asDouble())));
        return units;
    }

    /** Each unit's table as its caption's unit and the totals at its foot read. */
    private static List<String> shown(Browser browser, String scope) {
        browser.find(By.cssSelector(scope + " .csiloop-benefit-table"));
        List<String> units = new ArrayList<>();
        for (WebElement table : browser.driver().findElements(By.cssSelector(scope + " .csiloop-benefit-table"))) {
            units.add(table.getAttribute("data-unit") + " "
                    + table.findElement(By.cssSelector(".csiloop-benefit-planned")).getText() + " "
                    + table.findElement(By.cssSelector(".csiloop-benefit-realised")).getText());
        }
        return units;
    }

    private static List<String> rows(Browser browser, String scope, String unit) {
        return browser.driver().findElements(By.cssSelector(scope + " .csiloop-benefit-table[data-unit='" + unit
                + "'] .csiloop-benefit-row")).stream().map(r -> r.getAttribute("data-issue-key")).toList();
    }

    /** A number as the preview's viewers (locale en) read it: 60,000. */
    private static String plain(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static JsonNode json(String reply) throws Exception {
        assertTrue(reply.startsWith("200 "), reply);
        return new ObjectMapper().readTree(reply.substring(4));
    }

    private static WebElement active(Browser browser) {
        return (WebElement) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement");
    }
}
