package io.csiloop.preview;

import io.csiloop.port.IssueRef;
import io.csiloop.preview.demo.IssueTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code -Dpreview.reset=true}: a fresh demo without deleting target/preview by hand; without it, data stays. */
class PreviewResetTest {

    @TempDir
    Path folder;

    @Test
    void shouldKeepWhatChangedWithoutResetAndStartFromTheFreshDemoWithIt() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("db");
        try (Preview preview = Preview.start(new PreviewConfig(0, url), Clock.systemUTC())) {
            table(url).create(new IssueRef(20_000, "SVC-99", 10_000, "Made by hand", "Improvement", "Collect data"));
        }
        try (Preview preview = Preview.start(new PreviewConfig(0, url), Clock.systemUTC())) {
            assertTrue(table(url).byKey("SVC-99").isPresent(), "kept between runs");
        }

        try (Preview preview = Preview.start(new PreviewConfig(0, url, true), Clock.systemUTC())) {
            IssueTable issues = table(url);
            assertFalse(issues.byKey("SVC-99").isPresent(), "dropped by the reset");
            assertTrue(issues.byKey("SVC-1").isPresent(), "the demo seeded again");
            assertTrue(issues.byKey("OPS-1").isPresent());
        }
    }

    @Test
    void shouldReadTheResetAndThePortFromTheCommandLine() {
        System.setProperty("preview.reset", "true");
        System.setProperty("preview.port", "3001");
        try {
            PreviewConfig config = PreviewConfig.standard();
            assertTrue(config.reset());
            assertTrue(config.port() == 3001);
        } finally {
            System.clearProperty("preview.reset");
            System.clearProperty("preview.port");
        }
        assertFalse(PreviewConfig.standard().reset(), "no reset unless asked");
    }

    /** The preview's issue table, read beside the running preview (the same H2 database, in this JVM). */
    private static IssueTable table(String url) {
        return new IssueTable(() -> DriverManager.getConnection(url, "sa", ""));
    }
}
