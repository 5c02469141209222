package io.csiloop.preview.browser;

import io.csiloop.preview.Preview;
import io.csiloop.preview.PreviewConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A browser test's world: the preview started in-process on a free port with its own fresh H2 database (seeded with
 * the demo, at a fixed date so that screenshots and numbers repeat), and one headless Chromium pointed at it.
 * Both are closed after the test class.
 */
final class PreviewInBrowser implements BeforeAllCallback, AfterAllCallback {

    /** The date the demo is seeded at and the preview believes it is. */
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private Path folder;
    private Preview preview;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium.requireInstalled();
        folder = Files.createTempDirectory("csiloop-preview-");
        preview = Preview.start(new PreviewConfig(0, "jdbc:h2:file:" + folder.resolve("db")), Clock.fixed(NOW, ZoneOffset.UTC));
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
