package io.csiloop.view.automation;

import io.csiloop.application.automation.LastRun;
import io.csiloop.kernel.MessageSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Instants as a page shows them: minutes in the settings' zone, with the zone named. */
public final class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {
    }

    public static String format(Instant instant, ZoneId zone) {
        return MINUTES.withZone(zone).format(instant) + " " + zone.getId();
    }

    /** "Last run: …" or "The job has not run yet." */
    public static String lastRun(Optional<LastRun> run, ZoneId zone, MessageSource messages) {
        return run.map(r -> messages.text("csiloop.automation.lastRun", List.of(format(r.at(), zone), r.summary())))
                .orElseGet(() -> messages.text("csiloop.automation.lastRun.never", List.of()));
    }
}
