package io.csiloop.application.pack;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.improvement.Findings;
import io.csiloop.improvement.ImprovementEvidence;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Provenance;
import io.csiloop.pack.PackSnapshots;
import io.csiloop.pack.StoredPack;
import io.csiloop.preview.DemoApp;
import io.csiloop.process.GateEvidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Producing packs over the preview's seeded demo, on real Active Objects (H2). */
class StakeholderPacksTest {

    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    static final long IMPROVED = 10_003;

    private DemoApp demo;

    @BeforeEach
    void seed() throws Exception {
        demo = DemoApp.seeded(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void shouldStoreThePackAndRecordItAsStepSixEvidence() {
        StoredPack pack = demo.get(StakeholderPacks.class).produce(IMPROVED, "fred");

        assertEquals(List.of(pack), demo.get(PackSnapshots.class).ofIssue(IMPROVED));
        assertEquals("fred", pack.createdBy());
        assertEquals(NOW, pack.createdAt());
        assertTrue(pack.html().contains("First-contact resolution rose from 62 % to 78 %"), pack.html());
        assertTrue(pack.csv().lines().skip(1).allMatch(line -> line.startsWith("FCR,")), pack.csv());
        assertTrue(pack.sourceData().contains("decision=Keep the knowledge base"), pack.sourceData());
        assertTrue(demo.get(GateEvidence.class).of(IMPROVED, ImprovementGate.PRESENT_KNOWLEDGE_EXIT.id()).stream()
                .anyMatch(item -> pack.reference().equals(item.answer().text())), "the gate's evidence names the pack");
    }

    @Test
    void shouldKeepTheCyclesPackAsItWasWhenAskedAgainAfterTheDataChanged() {
        StoredPack before = demo.get(StakeholderPacks.class).produce(IMPROVED, "fred");
        GateReviews reviews = demo.get(GateReviews.class);
        ImprovementEvidence evidence = reviews.improvementEvidence(IMPROVED);
        reviews.recordImprovementEvidence(IMPROVED, new ImprovementEvidence(evidence.approach(), evidence.gapAnalysis(),
                new Findings("Rewritten afterwards", true, true), evidence.decision(), evidence.actions()), "eve");
        int fcr = demo.get(MeasurementDefinitions.class).ofImprovement(IMPROVED).get(0).id();
        demo.get(DataPoints.class).record(fcr, new Provenance(MeasurementSource.MANUAL, "eve", 1),
                List.of(new NewDataPoint(new DataPoint(NOW.minusSeconds(3600), 5.0), null)));

        StoredPack again = demo.get(StakeholderPacks.class).produce(IMPROVED, "eve");

        assertEquals(before, again, "the cycle has its pack: asking again answers it");
        assertFalse(again.html().contains("Rewritten afterwards"));
        assertEquals(List.of(before), demo.get(PackSnapshots.class).ofIssue(IMPROVED));
    }

    @Test
    void shouldRefuseAnImprovementBeforeStepSixAndStoreNothing() {
        long collecting = 10_002; // SVC-2, at step 3, Collect data

        PackNotDue refused = assertThrows(PackNotDue.class,
                () -> demo.get(StakeholderPacks.class).produce(collecting, "fred"));

        assertEquals("SVC-2", refused.issue().key());
        assertEquals(List.of(), demo.get(PackSnapshots.class).ofIssue(collecting));
    }

    @Test
    void shouldRefuseAnIssueThatDoesNotExist() {
        assertThrows(NoSuchElementException.class, () -> demo.get(StakeholderPacks.class).produce(99_999, "fred"));
        assertEquals(List.of(), demo.get(PackSnapshots.class).ofIssue(99_999));
    }
}
