package io.csiloop.application.kpi;

import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.kpi.Rebase;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The verdicts read each measure's values from the start of the phase they compare against, and nothing more. */
class ChangeVerdictsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant REBASE = month(2024, 6);
    private static final Instant GO_LIVE = Instant.parse("2026-03-10T09:00:00Z");

    private final StreamedAggregates points = new StreamedAggregates();
    private final StoredDefinition rebased = stored(1);
    private final StoredDefinition unrebased = stored(2);
    private final StoredDefinition withoutGoLive = stored(3);
    private final ChangeVerdicts verdicts = new ChangeVerdicts(points, (measures, moment) -> Map.of(
            1, new ProcessChanges(List.of(goLive()), List.of(new Rebase(REBASE, "new triage", "alice", REBASE))),
            2, new ProcessChanges(List.of(goLive()), List.of())), Clock.fixed(NOW, ZoneOffset.UTC),
            new ReportingZone(ZONE));

    @Test
    void shouldReadFromThePhaseStartOrTheSeriesStartAndNothingWithoutAGoLive() {
        for (int m = 0; m < 120; m++) {
            Instant at = LocalDate.of(2016, 12, 15).plusMonths(m).atStartOfDay(ZONE).toInstant();
            double value = m < 111 ? 50 + m % 3 : 70 + m % 3;
            points.add(1, at, value).add(2, at, value).add(3, at, value);
        }

        List<ChangeVerdict> read = verdicts.of(List.of(rebased, unrebased, withoutGoLive), 1, NOW);

        assertEquals(List.of(new StreamedAggregates.Asked(List.of(1), REBASE, NOW, ZONE),
                new StreamedAggregates.Asked(List.of(2), Instant.ofEpochMilli(Long.MIN_VALUE), NOW, ZONE)),
                points.asked(), "one range each: the rebase's phase, the whole series; none for no go-live");
        Map<Integer, List<KpiValue>> all = points.of(List.of(rebased, unrebased), Instant.ofEpochMilli(Long.MIN_VALUE),
                NOW, ZONE);
        assertEquals(ChangeVerdict.ofCycle(rebased.definition(), all.get(1), changes(true), 1, NOW, ZONE), read.get(0),
                "as the verdict of all history");
        assertEquals(21, read.get(0).before().size(), "June 2024 to February 2026");
        assertEquals(ChangeVerdict.ofCycle(unrebased.definition(), all.get(2), changes(false), 1, NOW, ZONE),
                read.get(1));
        assertEquals(List.of(), read.get(2).before());
    }

    private static ProcessChanges changes(boolean rebased) {
        return new ProcessChanges(List.of(goLive()), rebased ? List.of(new Rebase(REBASE, "new triage", "alice",
                REBASE)) : List.of());
    }

    private static GoLive goLive() {
        return new GoLive("SVC-1", 1, GO_LIVE, true);
    }

    private static Instant month(int year, int month) {
        return LocalDate.of(year, month, 1).atStartOfDay(ZONE).toInstant();
    }

    private static StoredDefinition stored(int id) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        draft.key = "K" + id;
        draft.period = PeriodUnit.MONTH;
        return new StoredDefinition(id, 1L, new Ownership(10L, "admin"), draft.build(), 1, NOW, NOW);
    }
}
