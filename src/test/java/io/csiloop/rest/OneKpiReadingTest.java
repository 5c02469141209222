package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.application.automation.AutomationSettings;
import io.csiloop.application.automation.DefinitionRun;
import io.csiloop.application.automation.JqlCollector;
import io.csiloop.application.automation.PeriodCompletion;
import io.csiloop.application.automation.ProjectRun;
import io.csiloop.application.automation.RunSchedule;
import io.csiloop.application.automation.SignalRaising;
import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.application.kpi.MeasureChanges;
import io.csiloop.application.pack.StakeholderPacks;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.kpi.XmrLimits;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.pack.StoredPack;
import io.csiloop.persistence.AoCompletedPeriods;
import io.csiloop.persistence.AoDefinitionAutomations;
import io.csiloop.persistence.AoRaisedSignals;
import io.csiloop.persistence.AoTransactions;
import io.csiloop.persistence.entity.AutomationConfigEntity;
import io.csiloop.persistence.entity.CompletedPeriodEntity;
import io.csiloop.persistence.entity.RaisedSignalEntity;
import io.csiloop.preview.render.PreviewI18n;
import io.csiloop.view.KpiRow;
import io.csiloop.view.KpiTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One measure read through every path that shows "the KPI now" finds the same latest value, status, gap, trend
 * slope, signals and control limits: the Improvement panel's KPI table, the REST API's KPI as the dashboard items ask
 * for it (over HTTP), the manual snapshot (over HTTP), the scheduled snapshot (the automation's project run) and the
 * stakeholder pack.
 *
 * <p>The measure is First-contact resolution of the Improvement CSI-1: monthly average, higher is better, target 80
 * with tolerance 5. It has two values in each of the 30 months from May 2024 to October 2026, so the trend (12
 * periods) and the chart (24 periods) each see fewer months than there are. The moment is {@link RestWorld#NOW},
 * 26 November 2026: October is the latest complete month, and November has no data yet, so the scheduled run's
 * latest closed period and every live path's latest period with data are the same month. Two values lie in the
 * last hour of a month in UTC, which is already the next month in the reporting zone (Europe/Berlin): read in
 * UTC, as the REST API used to by default, those months, the trend and the limits come out otherwise. The
 * dashboard asks for the year up to now, which starts after the trend's first month: the range lists periods, it
 * does not cut the reading.
 */
class OneKpiReadingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST_MONTH = LocalDate.parse("2024-05-01");
    private static final int MONTHS = 30;

    private final RestWorld world = new RestWorld();
    private StoredDefinition fcr;

    @BeforeEach
    void seed() {
        String owned = Json.definition("FCR").replace("}", ",\"improvementIssueId\":1001}");
        int id = Json.of(world.api.as(Role.PROJECT_ADMIN).post("projects/CSI/definitions", owned)).get("id").asInt();
        List<String> points = new ArrayList<>();
        for (int m = 0; m < MONTHS; m++) {
            double value = 60 + m * 0.5 + (m * 7 % 5 - 2);
            LocalDate month = FIRST_MONTH.plusMonths(m);
            points.add(point(month.withDayOfMonth(10).atTime(12, 0).toInstant(ZoneOffset.UTC), value - 1));
            points.add(point(month.withDayOfMonth(20).atTime(12, 0).toInstant(ZoneOffset.UTC), value + 1));
        }
        // In the last hour of May and of August in UTC: already 1 June and 1 September in Berlin.
        points.add(point(Instant.parse("2026-05-31T22:30:00Z"), 40));
        points.add(point(Instant.parse("2026-08-31T22:30:00Z"), 95));
        Api.Reply recorded = world.api.as(Role.EDITOR).post("projects/CSI/definitions/" + id + "/datapoints/batch",
                "{\"points\":[" + String.join(",", points) + "]}");
        assertEquals(200, recorded.status(), recorded.body());
        fcr = world.repository(MeasurementDefinitions.class).find(id).orElseThrow();
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void everyPathReadsTheSameKpi() {
        JsonNode rest = dashboardKpi();
        KpiRow panel = new KpiTable(world.repository(KpiReadings.class)).ofImprovement(1001, PreviewI18n.standard())
                .get(0);
        JsonNode manual = manualSnapshot();
        KpiSnapshot scheduled = scheduledSnapshot();
        KpiReading pack = world.repository(StakeholderPacks.class).content(FakeJira.IMPROVEMENT, "editor",
                RestWorld.NOW).kpis().get(0).reading(RestWorld.NOW);
        StoredPack produced = world.repository(StakeholderPacks.class).produce(FakeJira.IMPROVEMENT.id(), "editor");

        JsonNode everyPeriod = Json.of(world.api.get(fcrPath() + "?from=2024-01-01T00:00:00Z"));
        JsonNode latest = rest.get("latest");
        double slope = rest.get("trend").get("slopePerPeriod").asDouble();
        JsonNode chart = rest.get("chart");
        XmrLimits limits = pack.chart().orElseThrow().limits().orElseThrow();
        List<String> signalsAtLatest = StreamSupport.stream(chart.get("signals").spliterator(), false)
                .filter(s -> s.get("periods").toString().contains("\"2026-10\"")).map(s -> s.get("rule").asText())
                .distinct().sorted().toList();
        assertAll("the REST API's KPI, as the dashboard asks for it",
                () -> assertEquals("Europe/Berlin", rest.get("zone").asText()),
                () -> assertEquals("2026-10", latest.get("label").asText()),
                () -> assertEquals(75.5, latest.get("value").asDouble(), 1e-12),
                () -> assertEquals("NEAR_TARGET", rest.get("status").asText()),
                () -> assertEquals(4.5, latest.get("gap").asDouble(), 1e-12),
                () -> assertEquals(KpiReading.TREND_WINDOW, rest.get("trend").get("valueCount").asInt()),
                () -> assertEquals("2024-11", chart.get("firstPeriod").asText(), "24 months up to October 2026"),
                // The limits are frozen from the first twelve months (2024), so the rise since is beyond them; read
                // with Making Data Count, the default profile (June's low value broke the run on one side).
                () -> assertEquals("MAKING_DATA_COUNT", chart.get("ruleProfile").asText()),
                () -> assertEquals(List.of("BEYOND_LIMIT", "TWO_OF_THREE_NEAR_LIMIT"), signalsAtLatest,
                        "October is news on the chart"));
        assertAll("the Improvement panel",
                () -> assertEquals("75.5 %", panel.latest()),
                () -> assertEquals("2026-10", panel.period()),
                () -> assertEquals("Near target", panel.statusLabel()),
                () -> assertEquals(trendWindowValues(rest, everyPeriod), panel.sparklineLabel(),
                        "it draws the trend's periods"));
        assertAll("the manual snapshot",
                () -> assertEquals("MANUAL", manual.get("trigger").asText()),
                () -> assertEquals("2026-10", manual.get("periodLabel").asText()),
                () -> assertEquals(75.5, manual.get("value").asDouble(), 1e-12),
                () -> assertEquals("NEAR_TARGET", manual.get("status").asText()),
                () -> assertEquals(4.5, manual.get("gap").asDouble(), 1e-12),
                () -> assertEquals(slope, manual.get("trendSlope").asDouble(), 1e-12),
                () -> assertEquals(signalsAtLatest, StreamSupport.stream(manual.get("signals").spliterator(), false)
                        .map(JsonNode::asText).sorted().toList()));
        assertAll("the scheduled snapshot",
                () -> assertEquals("2026-10", scheduled.period().label()),
                () -> assertEquals(75.5, scheduled.value(), 1e-12),
                () -> assertEquals("NEAR_TARGET", scheduled.status().name()),
                () -> assertEquals(4.5, scheduled.gap(), 1e-12),
                () -> assertEquals(slope, scheduled.trendSlope(), 1e-12),
                () -> assertEquals(signalsAtLatest, scheduled.signals().stream().map(Enum::name).sorted().toList()));
        assertAll("the stakeholder pack",
                () -> assertEquals("2026-10", pack.latest().orElseThrow().period().label()),
                () -> assertEquals(75.5, pack.latest().orElseThrow().value(), 1e-12),
                () -> assertEquals("NEAR_TARGET", pack.status().name()),
                () -> assertEquals(4.5, pack.gap().orElseThrow().absolute(), 1e-12),
                () -> assertEquals(slope, pack.trend().orElseThrow().slopePerPeriod(), 1e-12),
                () -> assertEquals(chart.get("centre").asDouble(), limits.centre(), 1e-12),
                () -> assertEquals(chart.get("lowerLimit").asDouble(), limits.lowerLimit(), 1e-12),
                () -> assertEquals(chart.get("upperLimit").asDouble(), limits.upperLimit(), 1e-12),
                () -> assertEquals(limits.centre() + "," + limits.lowerLimit() + "," + limits.upperLimit(),
                        octoberLimitsInTheCsv(produced.csv()), "the CSV carries the same limits"));
    }

    /**
     * November 2026 is open at {@link RestWorld#NOW}: a value recorded in it, however good, is flagged in progress
     * and moves neither the status nor the chart; the manual snapshot keeps October's status.
     */
    @Test
    void theOpenMonthIsFlaggedInProgressAndReadNowhereElse() {
        JsonNode before = dashboardKpi();
        Api.Reply recorded = world.api.as(Role.EDITOR).post(fcrPath().replace("/kpi", "/datapoints/batch"),
                "{\"points\":[" + point(Instant.parse("2026-11-20T12:00:00Z"), 99) + "]}");
        assertEquals(200, recorded.status(), recorded.body());

        JsonNode after = dashboardKpi();
        JsonNode periods = after.get("periods");
        JsonNode open = periods.get(periods.size() - 1);
        JsonNode manual = manualSnapshot();
        assertAll(() -> assertEquals("2026-11", open.get("label").asText()),
                () -> assertTrue(open.get("inProgress").asBoolean()),
                () -> assertFalse(periods.get(periods.size() - 2).get("inProgress").asBoolean()),
                () -> assertEquals("2026-11", after.get("inProgress").get("label").asText()),
                () -> assertTrue(after.get("inProgress").get("inProgress").asBoolean()),
                () -> assertEquals(99, after.get("inProgress").get("value").asDouble(), 1e-12),
                () -> assertEquals("2026-10", after.get("latest").get("label").asText()),
                () -> assertEquals("NEAR_TARGET", after.get("status").asText(), "November's 99 is not the status"),
                () -> assertEquals(before.get("chart"), after.get("chart"), "nor in the limits or signals"),
                () -> assertEquals(before.get("trend"), after.get("trend")),
                () -> assertTrue(before.get("inProgress").isNull()),
                () -> assertEquals("2026-10", manual.get("periodLabel").asText()),
                () -> assertEquals("NEAR_TARGET", manual.get("status").asText()));
    }

    @Test
    void theUtcReadingTheApiUsedToDefaultToDiffers() {
        JsonNode reporting = dashboardKpi();
        JsonNode utc = Json.of(world.api.get(fcrPath() + "?zone=UTC"));

        assertNotEquals(reporting.get("trend").get("slopePerPeriod").asDouble(),
                utc.get("trend").get("slopePerPeriod").asDouble());
        // The limits are those of the first twelve months, which no boundary point touches; August's value differs.
        assertNotEquals(august(reporting), august(utc));
    }

    private static double august(JsonNode kpi) {
        return StreamSupport.stream(kpi.get("periods").spliterator(), false)
                .filter(p -> p.get("label").asText().equals("2026-08")).findFirst().orElseThrow().get("value").asDouble();
    }

    /** The KPI as the dashboard items ask for it: a year up to now, no zone named. */
    private JsonNode dashboardKpi() {
        Api.Reply reply = world.api.get(fcrPath() + "?from=" + RestWorld.NOW.minus(Duration.ofDays(365)));
        assertEquals(200, reply.status(), reply.body());
        return Json.of(reply);
    }

    private JsonNode manualSnapshot() {
        Api.Reply taken = world.api.as(Role.EDITOR).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK)
                .send("POST", "issues/CSI-1/snapshots", null, null);
        assertEquals(200, taken.status(), taken.body());
        return Json.of(taken).get("snapshots").get(0);
    }

    /**
     * The scheduled run of the project in the reporting zone, over the same database, as Jira's job runs it (no JQL
     * collection, no raising), for the measure as if it had been created in 2024: a measure created this month would
     * wait for its first closed period.
     */
    private KpiSnapshot scheduledSnapshot() {
        world.ao.migrate(AutomationConfigEntity.class, CompletedPeriodEntity.class, RaisedSignalEntity.class);
        AoTransactions transactions = new AoTransactions(world.ao);
        AoDefinitionAutomations automations = new AoDefinitionAutomations(world.ao);
        AoCompletedPeriods ledger = new AoCompletedPeriods(world.ao);
        DataPoints points = world.repository(DataPoints.class);
        KpiSnapshots snapshots = world.repository(KpiSnapshots.class);
        ImprovementRegister register = world.repository(ImprovementRegister.class);
        // Neither Jira's search nor issue creation is asked: the measure is fed by hand and raising is off.
        DefinitionRun definitionRun = new DefinitionRun(new JqlCollector(null),
                new PeriodCompletion(transactions, points, snapshots, ledger, automations),
                new SignalRaising(transactions, new AoRaisedSignals(world.ao), null, register, PreviewI18n.standard(),
                        java.time.Clock.fixed(RestWorld.NOW, ZoneOffset.UTC)), points, automations);
        ProjectRun run = new ProjectRun(automations, ledger, world.repository(PeriodAggregates.class),
                new ImprovementCycles(register), definitionRun, world.repository(MeasureChanges.class));
        StoredDefinition created2024 = new StoredDefinition(fcr.id(), fcr.projectId(), fcr.ownership(),
                fcr.definition(), fcr.version(), Instant.parse("2024-05-01T00:00:00Z"), fcr.updatedAt());

        ProjectRun.Outcome outcome = run.run(fcr.projectId(), List.of(created2024),
                new AutomationSettings(RunSchedule.DEFAULT, BERLIN, false), RestWorld.NOW);

        assertEquals(List.of(), outcome.errors());
        return snapshots.history(fcr.id()).stream().map(s -> s.snapshot())
                .filter(s -> s.trigger() == SnapshotTrigger.SCHEDULE && s.period().label().equals("2026-10"))
                .findFirst().orElseThrow();
    }

    /** The values of the trend's periods as the API lists them, written as the panels write numbers. */
    private static String trendWindowValues(JsonNode kpi, JsonNode everyPeriod) {
        String first = kpi.get("trend").get("firstPeriod").asText();
        List<String> values = new ArrayList<>();
        everyPeriod.get("periods").forEach(p -> {
            if (p.get("label").asText().compareTo(first) >= 0) {
                values.add(BigDecimal.valueOf(p.get("value").asDouble()).setScale(2, RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString());
            }
        });
        return String.join(", ", values);
    }

    /** The centre and limits on the CSV line of October 2026. */
    private static String octoberLimitsInTheCsv(String csv) {
        String line = csv.lines().filter(l -> l.contains(",2026-10-01,")).findFirst().orElseThrow();
        return List.of(line.split(",")).subList(7, 10).stream().collect(Collectors.joining(","));
    }

    private String fcrPath() {
        return "projects/CSI/definitions/" + fcr.id() + "/kpi";
    }

    private static String point(Instant observedAt, double value) {
        return "{\"observedAt\":\"" + observedAt + "\",\"value\":" + value + "}";
    }
}
