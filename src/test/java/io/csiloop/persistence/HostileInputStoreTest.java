package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidRecord;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.kpi.KpiValue;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.entity.DataPointEntity;
import io.csiloop.persistence.entity.ImprovementEntity;
import io.csiloop.persistence.entity.MeasurementDefEntity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile numbers and text at the edge of every database: the largest allowed number and the longest allowed
 * text are stored exactly, their aggregates stay finite, and one more character or an unstorable one is refused
 * before anything is written.
 */
class HostileInputStoreTest {

    private static final double MAX = RecordChecks.MAX_MAGNITUDE;

    @AcrossDatabases
    void shouldStoreTheEdgesOfTheRangeExactlyAndSumThemWithoutOverflow(ActiveObjects ao) {
        Store store = new Store(ao);
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(MAX, MAX);
        draft.key = "EDGE";
        draft.baseline = -MAX;
        StoredDefinition sum = store.define(Store.PROJECT, sumOf(draft));
        StoredDefinition average = store.define(Store.PROJECT, Store.measure("AVG", Aggregation.AVERAGE, PeriodUnit.MONTH));
        List<DataPoint> edges = List.of(Store.at("2026-10-01T00:00:00Z", MAX), Store.at("2026-10-02T00:00:00Z", MAX),
                Store.at("2026-10-03T00:00:00Z", 123_456_789.012_345));
        store.record(sum.id(), edges);
        store.record(average.id(), edges);

        KpiValue summed = store.aggregates.of(List.of(sum), Instant.parse("2026-09-01T00:00:00Z"), Store.NOW,
                Store.ZONE).get(sum.id()).get(0);
        KpiValue averaged = store.aggregates.of(List.of(average), Instant.parse("2026-09-01T00:00:00Z"), Store.NOW,
                Store.ZONE).get(average.id()).get(0);
        assertAll(() -> assertEquals(draft.build(), store.definitions.find(sum.id()).orElseThrow().definition()),
                () -> assertEquals(List.of(MAX, MAX, 123_456_789.012_345), store.points.between(sum.id(),
                        Instant.EPOCH, Store.NOW).stream().map(p -> p.point().value()).toList()),
                () -> assertEquals(2 * MAX + 123_456_789.012_345, summed.value(), 1),
                () -> assertEquals((2 * MAX + 123_456_789.012_345) / 3, averaged.value(), 1),
                () -> assertTrue(Double.isFinite(summed.value())));
    }

    private static MeasurementDefinition sumOf(DefinitionDraft draft) {
        draft.aggregation = Aggregation.SUM;
        return draft.build();
    }

    @AcrossDatabases
    void shouldStoreTheLongestAllowedTextsAndRefuseOneMoreOrAnUnstorableCharacter(ActiveObjects ao) {
        Store store = new Store(ao);
        StoredDefinition d = store.define("LONG");
        String longest = "\u00e9".repeat(NewDataPoint.NOTE_MAX - 2) + "\ud83d\ude00"; // a pair counts as two
        store.points.record(d.id(), Store.MANUAL, List.of(new NewDataPoint(Store.at("2026-10-01T00:00:00Z", 1), longest)));

        InvalidRecord tooLong = assertThrows(InvalidRecord.class, () -> store.points.record(d.id(), Store.MANUAL,
                List.of(new NewDataPoint(Store.at("2026-10-02T00:00:00Z", 1), longest + "x"))));
        InvalidRecord nul = assertThrows(InvalidRecord.class, () -> store.points.record(d.id(), Store.MANUAL,
                List.of(new NewDataPoint(Store.at("2026-10-02T00:00:00Z", 1), "a\u0000b"))));

        assertAll(() -> assertEquals(longest, store.points.between(d.id(), Instant.EPOCH, Store.NOW).get(0).note()),
                () -> assertEquals(RecordChecks.TOO_LONG, tooLong.errors().get(0).messageKey()),
                () -> assertEquals(RecordChecks.BAD_CHARACTER, nul.errors().get(0).messageKey()),
                () -> assertEquals(List.of(2), nul.errors().get(0).params()),
                () -> assertEquals(1, ao.count(DataPointEntity.class)));
    }

    @AcrossDatabases
    void shouldKeepEveryDimensionOfTheModelAndRefuseChoicesOutsideIt(ActiveObjects ao) {
        Store store = new Store(ao);
        RegisterEntry all = new RegisterEntry(40_400L, Store.PROJECT, 1, "\t\r\n".repeat(1_333) + "x", null, null,
                null, Set.of("ORGANIZATIONS_AND_PEOPLE", "INFORMATION_AND_TECHNOLOGY", "PARTNERS_AND_SUPPLIERS",
                "VALUE_STREAMS_AND_PROCESSES"), "DELIVER_AND_SUPPORT", "KPI_SIGNAL");
        store.register.save(all);
        Set<String> five = Set.of("A".repeat(60), "B".repeat(60), "C".repeat(60), "D".repeat(60), "E".repeat(60));
        RegisterEntry hostile = new RegisterEntry(40_401L, Store.PROJECT, 1, "\ufffe", null, null, null, five,
                "DANCE", "RUMOUR");

        InvalidRecord refused = assertThrows(InvalidRecord.class, () -> store.register.save(hostile));

        assertAll(() -> assertEquals(all, store.register.find(all.issueId()).orElseThrow()),
                () -> assertEquals(List.of("objective", "fourDimensions", "valueChainActivity", "source"),
                        refused.errors().stream().map(FieldError::field).toList()),
                () -> assertEquals(1, ao.count(ImprovementEntity.class)));
    }

    @AcrossDatabases
    void shouldRefuseADefinitionBeyondTheRangeNamingEachNumber(ActiveObjects ao) {
        Store store = new Store(ao);
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(Math.nextUp(MAX), 3.4e38);
        draft.baseline = -1e300;
        draft.name = "lone \ud800 surrogate";

        var refused = assertThrows(io.csiloop.measure.DefinitionInvalid.class, draft::build);

        assertAll(() -> assertEquals(List.of("name", "target", "tolerance", "baseline"),
                        refused.errors().stream().map(FieldError::field).toList()),
                () -> assertEquals(RecordChecks.OUT_OF_RANGE, refused.errors().get(1).messageKey()),
                () -> assertEquals(0, ao.count(MeasurementDefEntity.class)));
    }
}
