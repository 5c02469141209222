package io.csiloop.application.kpi;

import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.kpi.Rebase;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

/**
 * A reading made of the periods {@link ReadingWindow} says it needs equals the reading of the measure's whole
 * history, on random series: long and short, with gaps (a baseline read over several rounds), quiet for years, with
 * rebases and go-lives anywhere (open ones too: the rebase suggestions read every period after them), every period
 * length and baseline length, in a zone with daylight saving.
 */
class BoundedReadingsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant ALL_TIME = Instant.ofEpochMilli(Long.MIN_VALUE);
    private static final Instant SERIES = Instant.parse("2012-03-25T00:30:00Z"); // Berlin's spring change that night

    @Test
    void shouldReadWhatTheWholeHistoryWouldShowFromTheWindowTheBaselineAndTheOpenGoLivesOnly() {
        SplittableRandom random = new SplittableRandom(19);
        int bounded = 0;
        for (int run = 0; run < 400; run++) {
            PeriodUnit unit = PeriodUnit.values()[1 + random.nextInt(3)]; // weeks, months, quarters
            Duration step = switch (unit) {
                case DAY, WEEK -> Duration.ofDays(1 + random.nextInt(6));
                case MONTH -> Duration.ofDays(5 + random.nextInt(20));
                case QUARTER -> Duration.ofDays(20 + random.nextInt(60));
            };
            StreamedAggregates points = new StreamedAggregates();
            Instant at = SERIES.plus(Duration.ofHours(random.nextInt(24 * 400)));
            Instant now = SERIES.plus(Duration.ofDays(400 + random.nextInt(4_000)));
            double level = 50;
            boolean quiet = random.nextInt(5) == 0;
            Instant quietFrom = now.minus(Duration.ofDays(300 + random.nextInt(1_500)));
            while (at.isBefore(now)) {
                boolean gap = random.nextInt(12) == 0;
                if (!gap && !(quiet && at.isAfter(quietFrom))) {
                    points.add(1, at, level + random.nextGaussian() * 5);
                }
                if (random.nextInt(40) == 0) {
                    level += random.nextGaussian() * 15; // a shift the rules may read as a sustained one
                }
                at = at.plus(gap ? step.multipliedBy(1 + random.nextInt(30)) : step);
            }
            ProcessChanges changes = changes(random, now);
            StoredDefinition measure = measure(unit, 12 + random.nextInt(9),
                    Aggregation.values()[random.nextInt(Aggregation.values().length)]);

            KpiReadings readings = new KpiReadings(mock(MeasurementDefinitions.class), points,
                    Clock.fixed(now, ZoneOffset.UTC), new ReportingZone(ZONE), (measures, moment) -> Map.of(1, changes));
            KpiReading read = readings.of(measure, now, null);
            List<StreamedAggregates.Asked> asked = points.asked();
            List<KpiValue> all = points.of(List.of(measure), ALL_TIME, now, ZONE).get(1);
            KpiReading whole = KpiReading.at(measure.definition(), all, now, changes);

            String run_ = "run " + run + " " + unit + " " + changes;
            assertEquals(whole.values(), read.values(), run_);
            assertEquals(whole.inProgress(), read.inProgress(), run_);
            assertEquals(whole.trend(), read.trend(), run_);
            assertEquals(whole.chart(), read.chart(), run_);
            assertEquals(whole.status(), read.status(), run_);
            assertTrue(asked.stream().noneMatch(a -> a.from().equals(ALL_TIME)), run_ + " read all of time: " + asked);
            if (asked.size() > 1) {
                bounded++;
            }
        }
        assertTrue(bounded > 100, "most runs read beyond the recent periods, in bounded ranges: " + bounded);
    }

    /** Up to three go-lives and two rebases anywhere in the series' years, some go-lives followed by no rebase. */
    private static ProcessChanges changes(SplittableRandom random, Instant now) {
        List<GoLive> goLives = new ArrayList<>();
        List<Rebase> rebases = new ArrayList<>();
        long span = Duration.between(SERIES, now).toMinutes();
        for (int i = random.nextInt(4); i > 0; i--) {
            goLives.add(new GoLive("SVC-1", 1 + goLives.size(), SERIES.plus(Duration.ofMinutes(random.nextLong(span))),
                    true));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            Instant rebase = SERIES.plus(Duration.ofMinutes(random.nextLong(span)));
            rebases.add(new Rebase(rebase, "shift", "alice", rebase));
        }
        goLives.sort((a, b) -> a.at().compareTo(b.at()));
        rebases.sort((a, b) -> a.at().compareTo(b.at()));
        return new ProcessChanges(goLives, rebases);
    }

    private static StoredDefinition measure(PeriodUnit unit, int baselinePeriods, Aggregation aggregation) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(60, 5);
        draft.key = "K1";
        draft.period = unit;
        draft.baselinePeriods = baselinePeriods;
        draft.aggregation = aggregation;
        Instant created = Instant.parse("2012-01-01T00:00:00Z");
        return new StoredDefinition(1, 1L, new Ownership(10L, "admin"), draft.build(), 1, created, created);
    }
}
