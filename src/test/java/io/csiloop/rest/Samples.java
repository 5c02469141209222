package io.csiloop.rest;

import io.csiloop.application.pack.StakeholderPacks;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.Provenance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A valid request for every endpoint of the API, each on fresh data where it would change it (a new
 * definition with data points either side of 1 July 2026, the first of them the one corrected or deleted), so
 * that a caller with the permission gets a 2xx and the permission matrix and the fuzz test start from requests that work. An endpoint without a sample here
 * fails the permission matrix: a new endpoint must be added here to be tested.
 */
final class Samples {

    static final String JSON = "application/json";
    private static final Instant CHANGE = Instant.parse("2026-07-01T00:00:00Z");
    private static final AtomicInteger KEYS = new AtomicInteger();

    /** A request to send: the path with its parameters filled in, and the body with its content type. */
    record Request(String method, String path, String contentType, String body) {
    }

    /** The data a sample works on: a definition of the test project, freshly made, and one of its points. */
    record Fresh(int definitionId, String key, int packId, int pointId) {
        String definition() {
            return "projects/CSI/definitions/" + definitionId;
        }

        String point() {
            return definition() + "/datapoints/" + pointId;
        }

        String pack() {
            return "improvements/1001/packs/" + packId;
        }
    }

    private static final Map<String, Function<Fresh, Request>> SAMPLES = Map.ofEntries(
            Map.entry("GET projects/{projectIdOrKey}/definitions", f -> get("projects/CSI/definitions")),
            Map.entry("POST projects/{projectIdOrKey}/definitions",
                    f -> json("POST", "projects/10/definitions", Json.definition("NEW" + KEYS.incrementAndGet())
                            .replace("}", ",\"improvementIssueId\":" + FakeJira.IMPROVEMENT.id() + "}"))),
            Map.entry("GET projects/{projectIdOrKey}/definitions/{definitionId}", f -> get(f.definition())),
            Map.entry("PUT projects/{projectIdOrKey}/definitions/{definitionId}", f -> json("PUT", f.definition(),
                    Json.definition(f.key()).replace("}", ",\"version\":1,\"target\":90}").replace("\"target\":80,", ""))),
            Map.entry("DELETE projects/{projectIdOrKey}/definitions/{definitionId}",
                    f -> new Request("DELETE", f.definition() + "?version=1", null, null)),
            Map.entry("PUT projects/{projectIdOrKey}/definitions/{definitionId}/improvement", f -> json("PUT",
                    f.definition() + "/improvement", "{\"improvementIssueId\":" + FakeJira.IMPROVEMENT.id()
                            + ",\"version\":1}")),
            Map.entry("DELETE projects/{projectIdOrKey}/definitions/{definitionId}/improvement",
                    f -> new Request("DELETE", f.definition() + "/improvement?version=1", null, null)),
            Map.entry("GET projects/{projectIdOrKey}/definitions/{definitionId}/audit", f -> get(f.definition() + "/audit")),
            Map.entry("GET projects/{projectIdOrKey}/definitions/{definitionId}/datapoints",
                    f -> get(f.definition() + "/datapoints?from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z")),
            Map.entry("POST projects/{projectIdOrKey}/definitions/{definitionId}/datapoints", f -> json("POST",
                    f.definition() + "/datapoints", "{\"observedAt\":\"2026-11-01T00:00:00Z\",\"value\":3}")),
            Map.entry("POST projects/{projectIdOrKey}/definitions/{definitionId}/datapoints/batch", f -> json("POST",
                    f.definition() + "/datapoints/batch", "{\"points\":[{\"observedAt\":\"2026-11-01T00:00:00Z\",\"value\":3}]}")),
            Map.entry("POST projects/{projectIdOrKey}/definitions/{definitionId}/datapoints/csv", f -> new Request("POST",
                    f.definition() + "/datapoints/csv", CsvResource.TEXT_CSV, "observedAt,value\n2026-11-01T00:00:00Z,3\n")),
            Map.entry("GET projects/{projectIdOrKey}/definitions/{definitionId}/datapoints/csv",
                    f -> get(f.definition() + "/datapoints/csv")),
            Map.entry("PUT projects/{projectIdOrKey}/definitions/{definitionId}/datapoints/{pointId}", f -> json("PUT",
                    f.point(), "{\"observedAt\":\"2026-04-10T12:00:00Z\",\"value\":4.5,\"reason\":\"typed 45\"}")),
            Map.entry("DELETE projects/{projectIdOrKey}/definitions/{definitionId}/datapoints/{pointId}",
                    f -> json("DELETE", f.point(), "{\"reason\":\"entered twice\"}")),
            Map.entry("GET projects/{projectIdOrKey}/definitions/{definitionId}/datapoints/{pointId}/history",
                    f -> get(f.point() + "/history")),
            Map.entry("GET projects/{projectIdOrKey}/definitions/{definitionId}/kpi",
                    f -> get(f.definition() + "/kpi?from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z&zone=Europe/Berlin")),
            Map.entry("GET projects/{projectIdOrKey}/definitions/{definitionId}/kpi/before-after",
                    f -> get(f.definition() + "/kpi/before-after?changeAt=" + CHANGE
                            + "&from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z")),
            Map.entry("GET projects/{projectIdOrKey}/definitions/{definitionId}/kpi/snapshots",
                    f -> get(f.definition() + "/kpi/snapshots")),
            Map.entry("GET projects/{projectIdOrKey}/definitions/{definitionId}/rebases",
                    f -> get(f.definition() + "/rebases")),
            Map.entry("POST projects/{projectIdOrKey}/definitions/{definitionId}/rebases", f -> json("POST",
                    f.definition() + "/rebases", "{\"at\":\"2026-07-01\",\"reason\":\"the knowledge base went live\"}")),
            Map.entry("GET projects/{projectIdOrKey}/scorecard", f -> get("projects/CSI/scorecard")),
            Map.entry("GET projects/{projectIdOrKey}/dashboard/kpi-attention",
                    f -> get("projects/CSI/dashboard/kpi-attention")),
            Map.entry("GET projects/{projectIdOrKey}/dashboard/issue-standing",
                    f -> get("projects/CSI/dashboard/issue-standing?keys=CSI-1,CSI-2")),
            Map.entry("GET projects/{projectIdOrKey}/benefits", f -> get("projects/CSI/benefits")),
            Map.entry("GET projects/{projectIdOrKey}/setup", f -> get("projects/CSI/setup")),
            Map.entry("POST projects/{projectIdOrKey}/setup",
                    f -> json("POST", "projects/CSI/setup", "{\"confirmSharedSchemes\":true}")),
            Map.entry("GET issues/{issueIdOrKey}/scorecard", f -> get("issues/CSI-1/scorecard")),
            Map.entry("GET issues/{issueIdOrKey}/lifecycle", f -> get("issues/CSI-2/lifecycle")),
            Map.entry("GET issues/{issueIdOrKey}/improvement", f -> get("issues/1001/improvement")),
            Map.entry("PUT issues/{issueIdOrKey}/improvement",
                    f -> json("PUT", "issues/CSI-1/improvement", "{\"objective\":\"Answer faster\"}")),
            Map.entry("GET issues/{issueIdOrKey}/evidence", f -> get("issues/CSI-1/evidence")),
            Map.entry("GET issues/{issueIdOrKey}/evidence/{gateId}/history",
                    f -> get("issues/CSI-2/evidence/lifecycle.planning-exit/history")),
            Map.entry("POST issues/{issueIdOrKey}/snapshots",
                    f -> new Request("POST", "issues/CSI-1/snapshots", null, null)),
            Map.entry("POST improvements/{issueIdOrKey}/packs", f -> new Request("POST", "improvements/CSI-1/packs", null, null)),
            Map.entry("GET improvements/{issueIdOrKey}/packs", f -> get("improvements/CSI-1/packs")),
            Map.entry("GET improvements/{issueIdOrKey}/packs/{packId}/html", f -> get(f.pack() + "/html")),
            Map.entry("GET improvements/{issueIdOrKey}/packs/{packId}/pdf", f -> get(f.pack() + "/pdf")),
            Map.entry("GET improvements/{issueIdOrKey}/packs/{packId}/csv", f -> get(f.pack() + "/csv")),
            Map.entry("GET lifecycle-projects/{issueIdOrKey}/phase-exit-report/html",
                    f -> get("lifecycle-projects/CSI-2/phase-exit-report/html")),
            Map.entry("GET lifecycle-projects/{issueIdOrKey}/phase-exit-report/pdf",
                    f -> get("lifecycle-projects/1002/phase-exit-report/pdf")),
            Map.entry("POST lifecycle-projects/{issueIdOrKey}/improvements", f -> json("POST",
                    "lifecycle-projects/CSI-3/improvements", "{\"lesson\":\"Train the service desk before go-live\"}")),
            Map.entry("PUT issues/{issueIdOrKey}/evidence/{gateId}", f -> json("PUT",
                    "issues/CSI-1/evidence/improvement.identify-approach-exit",
                    "{\"answers\":[{\"itemKey\":\"approach.objective-served\",\"state\":\"WRITTEN\",\"text\":\"ITIL 4\"}]}")),
            Map.entry("PUT automation/settings", f -> json("PUT", "automation/settings",
                    "{\"schedule\":\"INTERVAL\",\"intervalMinutes\":60,\"timeZone\":\"Europe/Berlin\",\"autoRaise\":false}")),
            Map.entry("POST automation/run", f -> new Request("POST", "automation/run", null, null)),
            Map.entry("PUT projects/{projectIdOrKey}/automation/settings", f -> json("PUT", "projects/CSI/automation/settings",
                    "{\"schedule\":\"CRON\",\"cron\":\"0 15 3 ? * MON\",\"timeZone\":null,\"autoRaise\":null}")),
            Map.entry("POST projects/{projectIdOrKey}/automation/run",
                    f -> new Request("POST", "projects/10/automation/run", null, null)),
            Map.entry("PUT projects/{projectIdOrKey}/automation/definitions/{definitionId}", f -> json("PUT",
                    "projects/CSI/automation/definitions/" + f.definitionId(),
                    "{\"raise\":true,\"offTargetPeriods\":3,\"chartSignals\":true}")),
            Map.entry("DELETE projects/{projectIdOrKey}/automation/definitions/{definitionId}",
                    f -> new Request("DELETE", "projects/CSI/automation/definitions/" + f.definitionId(), null, null)));

    private final RestWorld world;

    Samples(RestWorld world) {
        this.world = world;
    }

    /** The endpoints that have a sample, as {@code METHOD path-template}. */
    static java.util.Set<String> covered() {
        return SAMPLES.keySet();
    }

    /** A valid request for the endpoint on fresh data. */
    Request valid(Endpoint endpoint) {
        return valid(endpoint, fresh());
    }

    /** A valid request for the endpoint on the given definition (valid while nobody deleted or changed it). */
    static Request valid(Endpoint endpoint, Fresh definition) {
        Function<Fresh, Request> sample = SAMPLES.get(endpoint.toString());
        if (sample == null) {
            throw new AssertionError("no sample request for " + endpoint + ": add one to Samples");
        }
        return sample.apply(definition);
    }

    /**
     * A new definition of the test project with six points, three months either side of the change; it belongs to
     * the test improvement, so that users with Edit Issues may change it as project administrators may.
     */
    Fresh fresh() {
        String key = "M" + KEYS.incrementAndGet();
        int id = world.repository(MeasurementDefinitions.class).create(FakeJira.PROJECT.id(),
                new Ownership(FakeJira.IMPROVEMENT.id(), "seed"), Store.measure(key), "seed").id();
        List<NewDataPoint> points = List.of("2026-04-10", "2026-05-10", "2026-06-10", "2026-07-10", "2026-08-10",
                "2026-09-10").stream().map(day -> NewDataPoint.of(new DataPoint(Instant.parse(day + "T12:00:00Z"),
                        day.hashCode() % 7 + 70))).toList();
        DataPoints store = world.repository(DataPoints.class);
        store.record(id, new Provenance(MeasurementSource.MANUAL, "seed", 1), points);
        int point = store.between(id, Instant.parse("2026-04-10T12:00:00Z"), Instant.parse("2026-04-11T00:00:00Z"))
                .get(0).id();
        int pack = world.repository(StakeholderPacks.class).produce(FakeJira.IMPROVEMENT.id(), "seed").id();
        return new Fresh(id, key, pack, point);
    }

    private static Request get(String path) {
        return new Request("GET", path, null, null);
    }

    private static Request json(String method, String path, String body) {
        return new Request(method, path, JSON, body);
    }

    /** A measure as the repositories take it, matching {@link Json#definition(String)}. */
    static final class Store {
        static io.csiloop.measure.MeasurementDefinition measure(String key) {
            return new io.csiloop.measure.MeasurementDefinition(key, "First-contact resolution", null, "%",
                    io.csiloop.measure.Direction.HIGHER_IS_BETTER, 80.0, null, 5, 60.0,
                    io.csiloop.measure.Aggregation.AVERAGE, io.csiloop.measure.PeriodUnit.MONTH,
                    MeasurementSource.MANUAL, null, null);
        }

        private Store() {
        }
    }
}
