package io.csiloop.preview;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The seeded demo ({@link DemoApp}) shared by the tests of one class: seeded once before them on a clock fixed at
 * {@link #NOW}, closed after them. Register it as a static field with {@code @RegisterExtension}.
 */
public final class SeededDemo implements BeforeAllCallback, AfterAllCallback {

    /** When the demo tests read the demo: a Thursday late in its last month, so its history is all in the past. */
    public static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private DemoApp demo;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        demo = DemoApp.seeded(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        demo.close();
    }

    public <T> T get(Class<T> type) {
        return demo.get(type);
    }

    /** Runs the work as the demo user of that name, as {@link DemoApp#as} does. */
    public <T> T as(String user, Supplier<T> work) {
        return demo.as(user, work);
    }
}
