package io.csiloop.preview.browser;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The CSV file the service owner imports in the journey: a standard change's lead time in days, one value a day at
 * 10:00 UTC (the middle of the day in the reporting zone, far from a week's edge) for {@link #DAYS} days up to
 * yesterday: near 5 days before the go-live, near 2.4 days from it on. The wobble is fixed, not random, so that the
 * pictures and the verdict are the same on every run.
 */
final class JourneyData {

    static final int DAYS = 24 * 7;

    private JourneyData() {
    }

    static String leadTimes(LocalDate today, LocalDate goLive) {
        StringBuilder csv = new StringBuilder("observedAt,value,note\n");
        for (int i = DAYS; i >= 1; i--) {
            LocalDate day = today.minusDays(i);
            double wobble = ((i * 7) % 11 - 5) * 0.08;
            double value = (day.isBefore(goLive) ? 5.0 : 2.4) + wobble;
            csv.append(day.atTime(10, 0).toInstant(ZoneOffset.UTC)).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", value)).append(",change records\n");
        }
        return csv.toString();
    }
}
