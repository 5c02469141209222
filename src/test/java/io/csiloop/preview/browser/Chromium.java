package io.csiloop.preview.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where Debian's Chromium and chromedriver are (Surefire passes the paths; .ci/run installs both). Without them the
 * browser tests are reported as skipped, never as passed.
 */
final class Chromium {

    private Chromium() {
    }

    static String binary() {
        return System.getProperty("csiloop.chromium", "/usr/bin/chromium");
    }

    static String driver() {
        return System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    }

    /** Skips the calling test class unless both are installed. */
    static void requireInstalled() {
        assumeTrue(Files.isExecutable(Path.of(binary())) && Files.isExecutable(Path.of(driver())),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver): browser tests skipped");
    }
}
