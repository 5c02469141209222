package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.SignalRule;
import io.csiloop.kpi.SnapshotPeriod;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.RuleProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/** KPI analysis, before/after and scorecards over HTTP on real repositories. */
class KpiResourceTest {

    private final RestWorld world = new RestWorld();
    private int id;
    private String definition;

    /** FCR, monthly average, target 80 ± 5, baseline 60: six months rising from 60 to 85. */
    @BeforeEach
    void seed() {
        id = Json.define(world.api, "FCR");
        definition = "projects/CSI/definitions/" + id;
        StringBuilder batch = new StringBuilder("{\"points\":[");
        double[] monthly = {60, 65, 70, 75, 80, 85};
        for (int m = 0; m < monthly.length; m++) {
            for (int day = 10; day <= 11; day++) {
                batch.append(m + day > 10 ? "," : "").append("{\"observedAt\":\"2026-0").append(m + 4).append('-')
                        .append(day).append("T12:00:00Z\",\"value\":").append(monthly[m] + (day == 10 ? -1 : 1)).append('}');
            }
        }
        Api.Reply reply = world.api.as(Role.EDITOR).post(definition + "/datapoints/batch", batch.append("]}").toString());
        assertEquals(200, reply.status(), reply.body());
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void shouldAnalyseThePeriodsInTheZoneWithStatusGapTrendAndChart() {
        JsonNode kpi = Json.of(world.api.as(Role.BROWSE_ONLY).get(definition
                + "/kpi?from=2026-01-01T00:00:00Z&to=2026-11-01T00:00:00Z&zone=Europe/Berlin"));

        JsonNode periods = kpi.get("periods");
        assertAll(() -> assertEquals(6, periods.size()),
                () -> assertEquals("2026-04", periods.get(0).get("label").asText()),
                () -> assertEquals(60.0, periods.get(0).get("value").asDouble(), 1e-9),
                () -> assertEquals(20.0, periods.get(0).get("gap").asDouble(), 1e-9),
                () -> assertEquals("OFF_TARGET", periods.get(0).get("status").asText()),
                () -> assertEquals("NEAR_TARGET", periods.get(3).get("status").asText()),
                () -> assertEquals("ON_TARGET", kpi.get("status").asText()),
                () -> assertEquals(1.25, kpi.get("progress").asDouble(), 1e-9),
                () -> assertEquals(5.0, kpi.get("trend").get("slopePerPeriod").asDouble(), 1e-9),
                () -> assertEquals("ALREADY_MET", kpi.get("trend").get("forecast").asText()),
                () -> assertEquals(0.0, kpi.get("trend").get("slopePValue").asDouble(), 1e-12, "on a straight line"),
                () -> assertTrue(kpi.get("trend").get("realTrend").asBoolean()),
                () -> assertTrue(kpi.get("trend").get("stableAround").isNull()),
                () -> assertEquals(72.5, kpi.get("chart").get("centre").asDouble(), 1e-9),
                () -> assertEquals("2026-04", kpi.get("chart").get("firstPeriod").asText()),
                () -> assertEquals("2026-09", kpi.get("chart").get("lastPeriod").asText()),
                () -> assertEquals("Europe/Berlin", kpi.get("zone").asText()));
    }

    @Test
    void shouldReadInTheReportingZoneUnlessAnotherIsNamed() {
        JsonNode reporting = Json.of(world.api.get(definition + "/kpi?to=2026-11-01T00:00:00Z"));
        JsonNode utc = Json.of(world.api.get(definition + "/kpi?to=2026-11-01T00:00:00Z&zone=UTC"));

        assertAll(() -> assertEquals("Europe/Berlin", reporting.get("zone").asText()),
                () -> assertEquals("UTC", utc.get("zone").asText()),
                () -> assertEquals(400, world.api.get(definition + "/kpi?zone=Mars/Olympus").status()));
    }

    @Test
    void shouldReadTheLatestValueAtTheRangesEndEvenBeforeTheRange() {
        JsonNode kpi = Json.of(world.api.get(definition + "/kpi?from=2026-10-01T00:00:00Z&to=2026-11-01T00:00:00Z"));

        assertAll(() -> assertEquals(0, kpi.get("periods").size()),
                () -> assertEquals("2026-09", kpi.get("latest").get("label").asText()),
                () -> assertEquals("ON_TARGET", kpi.get("status").asText()),
                () -> assertEquals(5.0, kpi.get("trend").get("slopePerPeriod").asDouble(), 1e-9),
                () -> assertEquals(6, kpi.get("trend").get("valueCount").asInt()));
    }

    @Test
    void shouldAnswerNoDataForAnEmptyRange() {
        JsonNode kpi = Json.of(world.api.get(definition + "/kpi?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z"));

        assertAll(() -> assertEquals(0, kpi.get("periods").size()), () -> assertEquals("NO_DATA", kpi.get("status").asText()),
                () -> assertNull(kpi.get("trend").textValue()), () -> assertEquals(true, kpi.get("chart").isNull()));
    }

    @Test
    void shouldCompareTheWindowsAroundAChange() {
        // Midnight of 1 July in the reporting zone (Europe/Berlin), in which periods are read unless asked otherwise.
        Api.Reply reply = world.api.get(definition + "/kpi/before-after?changeAt=2026-06-30T22:00:00Z"
                + "&from=2026-01-01T00:00:00Z&to=2026-11-01T00:00:00Z");
        Api.Reply utc = world.api.get(definition + "/kpi/before-after?changeAt=2026-07-01T00:00:00Z"
                + "&from=2026-01-01T00:00:00Z&to=2026-11-01T00:00:00Z&zone=UTC");
        Api.Reply noAfter = world.api.get(definition + "/kpi/before-after?changeAt=2026-10-15T00:00:00Z"
                + "&from=2026-01-01T00:00:00Z&to=2026-11-01T00:00:00Z");
        Api.Reply missing = world.api.get(definition + "/kpi/before-after?changeAt=x&alpha=2");

        JsonNode result = Json.of(reply);
        assertAll(() -> assertEquals(200, reply.status(), reply.body()),
                () -> assertEquals(3, result.get("periodsBefore").asInt()),
                () -> assertEquals(15.0, result.get("shift").asDouble(), 1e-9),
                // three months against three, wholly apart: R's exact p = 2/20 and its 90 % interval (95 % is
                // out of reach), see ShiftEstimateTest
                () -> assertEquals(0.1, result.get("pValue").asDouble(), 1e-12),
                () -> assertEquals("exact", result.get("pValueMethod").asText()),
                () -> assertEquals("p = 0.1 (exact)", result.get("testMessage").asText()),
                () -> assertEquals(15.0, result.get("shiftEstimate").get("estimate").asDouble(), 1e-9),
                () -> assertEquals(5.0, result.get("shiftEstimate").get("lower").asDouble(), 1e-9),
                () -> assertEquals(25.0, result.get("shiftEstimate").get("upper").asDouble(), 1e-9),
                () -> assertEquals(0.9, result.get("shiftEstimate").get("confidenceLevel").asDouble(), 1e-12),
                () -> assertEquals("Shift 15 (90 % CI 5 to 25)",
                        result.get("shiftEstimate").get("message").asText()),
                () -> assertEquals(15.0, Json.of(utc).get("shift").asDouble(), 1e-9),
                () -> assertEquals(400, noAfter.status()),
                () -> assertEquals(2, Json.of(missing).get("errors").size()));
    }

    @Test
    void shouldShowTheLatestSnapshotOnTheScorecardsAndTheHistory() {
        KpiSnapshots snapshots = world.repository(KpiSnapshots.class);
        Instant may = Instant.parse("2026-05-01T00:00:00Z");
        SnapshotPeriod mayPeriod = new SnapshotPeriod(PeriodUnit.MONTH, may, Instant.parse("2026-06-01T00:00:00Z"),
                "2026-05");
        // One stored before snapshots recorded their rule profile, then one read with Western Electric.
        snapshots.record(List.of(new KpiSnapshot(id, 1, mayPeriod, 64.0, 2, 80.0, null, KpiStatus.OFF_TARGET, 16.0,
                5.0, Set.of(SignalRule.BEYOND_LIMIT), null, SnapshotTrigger.SCHEDULE, RestWorld.NOW, 1)));
        snapshots.record(List.of(new KpiSnapshot(id, 1, mayPeriod, 65.0, 2, 80.0, null, KpiStatus.OFF_TARGET, 15.0,
                5.0, Set.of(SignalRule.RUN_OF_EIGHT), RuleProfile.WESTERN_ELECTRIC, SnapshotTrigger.MANUAL, RestWorld.NOW,
                1)));
        String owned = Json.definition("OWNED").replace("}", ",\"improvementIssueId\":1001}");
        world.api.as(Role.PROJECT_ADMIN).post("projects/CSI/definitions", owned);

        Api.Reply projectReply = world.api.get("projects/CSI/scorecard");
        Api.Reply historyReply = world.api.get(definition + "/kpi/snapshots");
        JsonNode project = Json.of(projectReply).get("lines");
        JsonNode improvement = Json.of(world.api.get("issues/CSI-1/scorecard")).get("lines");
        JsonNode history = Json.of(historyReply).get("snapshots");
        ContractCheck contract = ContractCheck.ofDocument();

        assertAll(() -> assertEquals(2, project.size()),
                () -> assertEquals("2026-05", project.get(0).get("latest").get("periodLabel").asText()),
                () -> assertEquals(true, project.get(1).get("latest").isNull()),
                () -> assertEquals(1, improvement.size()),
                () -> assertEquals("OWNED", improvement.get(0).get("definition").get("key").asText()),
                () -> assertEquals(2, history.size()),
                () -> assertTrue(history.get(0).get("ruleProfile").isNull(), "an old snapshot: not recorded"),
                () -> assertEquals("BEYOND_LIMIT", history.get(0).get("signals").get(0).asText()),
                () -> assertEquals("WESTERN_ELECTRIC", history.get(1).get("ruleProfile").asText(),
                        "the history names the profile the snapshot was read with, not the measure's today"),
                () -> assertEquals("WESTERN_ELECTRIC", project.get(0).get("latest").get("ruleProfile").asText()),
                () -> assertEquals(List.of(), contract.breaks("GET", definition + "/kpi/snapshots", historyReply)),
                () -> assertEquals(List.of(), contract.breaks("GET", "projects/CSI/scorecard", projectReply)));
    }
}
