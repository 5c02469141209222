package io.csiloop.preview.browser;

import io.csiloop.preview.Preview;
import io.csiloop.preview.PreviewConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A browser test's world: the preview started in-process on a free port with its own fresh H2 database, seeded with
 * the demo (a year of data up to today: the browser and the server must agree on what "now" is), and one headless
 * Chromium pointed at it. Both are closed after the test class.
 */
final class PreviewInBrowser implements BeforeAllCallback, AfterAllCallback {

    private Path folder;
    private Preview preview;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium.requireInstalled();
        folder = Files.createTempDirectory("csiloop-preview-");
        preview = Preview.start(new PreviewConfig(0, "jdbc:h2:file:" + folder.resolve("db")), Clock.systemUTC());
        browser = new Browser(preview.baseUrl(), folder.resolve("chromium"));
    }

    Browser browser() {
        return browser;
    }

    Preview preview() {
        return preview;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (preview != null) {
            preview.close();
        }
    }
}
