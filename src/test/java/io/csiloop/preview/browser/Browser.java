package io.csiloop.preview.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium driven through its own chromedriver (toolchain.md, browser tests): no Selenium Manager,
 * no network but loopback, so pages are addressed as 127.0.0.1. A person's moves are written as methods here.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** An issue panel's shell while its content loads (templates/panels/shell.vm). */
    static final String LOADING_SHELL = ".csiloop-panel-shell[aria-busy]";
    /** The address of an issue panel's content (IssuePanelServlet), as DevTools matches URLs. */
    private static final String PANEL_CONTENT = "*/plugins/servlet/csiloop/issue-panel*";

    private final WebDriver driver;
    private final String base;

    Browser(String base, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.binary());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Chromium.driver())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        this.base = base;
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Opens a page of the preview, e.g. {@code /browse/SVC-2}, and waits until its issue panels, which load after the
     * page (issue-panel-loader.js), are in (or failed, with their retry).
     */
    void open(String path) {
        driver.get(base + path);
        waitFor(d -> true);
    }

    /**
     * Whether the page is drawn and no issue panel is still loading its content (none is, on pages without one). A
     * page still being parsed after a reload may not have its shells yet: it is not drawn.
     */
    static boolean panelsLoaded(WebDriver driver) {
        return "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState;"))
                && driver.findElements(By.cssSelector(LOADING_SHELL)).isEmpty();
    }

    /**
     * Has Chromium's DevTools hold every request for an issue panel's content (true) until released (false): the
     * page stays with its shells loading. Chromium's own network control, not a switch in the app.
     */
    void holdPanelContent(boolean held) {
        ChromeDriver chrome = (ChromeDriver) driver;
        if (held) {
            chrome.executeCdpCommand("Fetch.enable", Map.of("patterns", List.of(Map.of("urlPattern", PANEL_CONTENT))));
        } else {
            chrome.executeCdpCommand("Fetch.disable", Map.of());
        }
    }

    /** Has Chromium fail every request for an issue panel's content (true), as a network failure, or no more (false). */
    void blockPanelContent(boolean blocked) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", blocked ? List.of(PANEL_CONTENT) : List.of()));
    }

    /** Opens a page of the preview without waiting for its issue panels (to look at them while they load). */
    void openAsIs(String path) {
        driver.get(base + path);
    }

    void logIn(String user) {
        open("/login.jsp");
        find(By.id("login-username")).sendKeys(user);
        find(By.id("login-password")).sendKeys(user);
        find(By.id("login-submit")).click();
        waitFor(d -> !d.getCurrentUrl().contains("login.jsp"));
    }

    void logOut() {
        open("/logout");
    }

    WebElement find(By by) {
        return waitFor(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /**
     * Waits until the condition holds once the page's issue panels are in: after a save or a transition reloads the
     * page (or Jira's refresh redraws the panels), what a test looks at is in a panel's content, which comes after
     * the page.
     */
    <T> T waitFor(ExpectedCondition<T> condition) {
        return waitAsIs(d -> panelsLoaded(d) ? condition.apply(d) : null);
    }

    /** Waits until the condition holds, issue panels loading or not (to look at a panel while it loads). */
    <T> T waitAsIs(ExpectedCondition<T> condition) {
        // A page that reloads while we look at it leaves stale elements behind: look again.
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, the whole page's height. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        // DevTools' capture beyond the viewport: the whole page, however tall, in one picture.
        Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
