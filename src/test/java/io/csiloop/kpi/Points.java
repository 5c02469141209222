package io.csiloop.kpi;

import io.csiloop.measure.DataPoint;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Data points for tests. */
final class Points {

    private Points() {
    }

    /** One data point an hour from local midnight of {@code day}, for {@code hours} hours, valued 1, 2, 3... */
    static List<DataPoint> hourly(String day, int hours, ZoneId zone) {
        Instant start = LocalDateTime.parse(day + "T00:00").atZone(zone).toInstant();
        List<DataPoint> points = new ArrayList<>();
        for (int i = 0; i < hours; i++) {
            points.add(new DataPoint(start.plusSeconds(3600L * i), i + 1));
        }
        return points;
    }

    static DataPoint at(String instant, double value) {
        return new DataPoint(Instant.parse(instant), value);
    }
}
