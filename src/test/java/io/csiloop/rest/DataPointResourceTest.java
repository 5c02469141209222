package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording and reading data points over HTTP on real repositories. */
class DataPointResourceTest {

    private final RestWorld world = new RestWorld();
    private final Api editor = world.api.as(Role.EDITOR);
    private String points;

    @BeforeEach
    void define() {
        points = "projects/CSI/definitions/" + Json.define(world.api, "FCR") + "/datapoints";
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void shouldRecordOnePointAndReadItBackWithWhoRecordedIt() {
        Api.Reply recorded = editor.post(points, "{\"observedAt\":\"2026-11-01T08:00:00+01:00\",\"value\":72.5,"
                + "\"note\":\"after the new script\"}");

        JsonNode page = Json.of(world.api.as(Role.BROWSE_ONLY).get(points));
        JsonNode point = page.get("points").get(0);
        assertAll(() -> assertEquals(200, recorded.status(), recorded.body()),
                () -> assertEquals(1, Json.of(recorded).get("recorded").asInt()),
                () -> assertEquals(1, page.get("total").asInt()),
                () -> assertEquals("2026-11-01T07:00:00Z", point.get("observedAt").asText()),
                () -> assertEquals(72.5, point.get("value").asDouble()),
                () -> assertEquals("user-editor", point.get("recordedBy").asText()),
                () -> assertEquals("MANUAL", point.get("source").asText()));
    }

    @Test
    void shouldRecordABatchWholeOrRefuseItWholeNamingEachBadPoint() {
        String good = "{\"observedAt\":\"2026-10-01T00:00:00Z\",\"value\":1}";
        Api.Reply refused = editor.post(points + "/batch", "{\"points\":[" + good + ",{\"observedAt\":\"yesterday\","
                + "\"value\":2},{\"observedAt\":\"2026-10-03T00:00:00Z\"}," + good + "]}");
        int afterRefusal = world.rowCounts().get("DataPointEntity");
        Api.Reply accepted = editor.post(points + "/batch", "{\"points\":[" + good + "," + good + "]}");

        JsonNode errors = Json.of(refused).get("errors");
        assertAll(() -> assertEquals(400, refused.status()),
                () -> assertEquals("points[1].observedAt", errors.get(0).get("field").asText()),
                () -> assertEquals("points[2].value", errors.get(1).get("field").asText()),
                () -> assertEquals(0, afterRefusal),
                () -> assertEquals(2, Json.of(accepted).get("recorded").asInt()),
                () -> assertEquals(2, world.rowCounts().get("DataPointEntity")));
    }

    @Test
    void shouldPageThroughARangeInTimeOrder() {
        StringBuilder batch = new StringBuilder("{\"points\":[");
        for (int day = 1; day <= 9; day++) {
            batch.append(day > 1 ? "," : "").append("{\"observedAt\":\"2026-10-0").append(10 - day)
                    .append("T12:00:00Z\",\"value\":").append(10 - day).append('}');
        }
        editor.post(points + "/batch", batch.append("]}").toString());

        JsonNode page = Json.of(world.api.get(points + "?from=2026-10-02T00:00:00Z&to=2026-10-09T00:00:00Z&start=2&limit=3"));

        assertAll(() -> assertEquals(7, page.get("total").asInt()),
                () -> assertEquals(3, page.get("points").size()),
                () -> assertEquals(4.0, page.get("points").get(0).get("value").asDouble()),
                () -> assertEquals(6.0, page.get("points").get(2).get("value").asDouble()));
    }

    @Test
    void shouldRefuseBadQueryParametersAsA400NamingEach() {
        Api.Reply reply = world.api.get(points + "?from=soon&limit=0&start=-1");

        JsonNode errors = Json.of(reply).get("errors");
        assertAll(() -> assertEquals(400, reply.status()), () -> assertEquals(3, errors.size()),
                () -> assertEquals("from", errors.get(0).get("field").asText()));
    }

    @Test
    void shouldRefuseNonFiniteAndMissingValues() {
        Api.Reply huge = editor.post(points, "{\"observedAt\":\"2026-10-01T00:00:00Z\",\"value\":1e400}");
        Api.Reply nan = editor.post(points, "{\"observedAt\":\"2026-10-01T00:00:00Z\",\"value\":\"NaN\"}");
        Api.Reply missing = editor.post(points, "{}");

        assertAll(() -> assertEquals(400, huge.status()), () -> assertEquals(400, nan.status()),
                () -> assertEquals(2, Json.of(missing).get("errors").size()),
                () -> assertEquals(0, world.rowCounts().get("DataPointEntity")));
    }

    @Test
    void shouldRefuseAValueDatedAfterTheCurrentPeriodNamingTheFieldAndWriteNothing() {
        // RestWorld stands on 26 November 2026 in Berlin; FCR is monthly: December (from 23:00Z on the 30th) is
        // the future
        Api.Reply one = editor.post(points, "{\"observedAt\":\"2026-12-01T00:00:00Z\",\"value\":1}");
        Api.Reply batch = editor.post(points + "/batch", "{\"points\":[{\"observedAt\":\"2026-11-30T00:00:00Z\","
                + "\"value\":1},{\"observedAt\":\"2030-01-01T00:00:00Z\",\"value\":2}]}");
        Api.Reply csv = editor.send("POST", points + "/csv", CsvResource.TEXT_CSV,
                "observedAt,value\n2026-11-30T00:00:00Z,1\n2027-01-01T00:00:00Z,2\n");

        assertEquals(400, one.status(), one.body());
        JsonNode error = Json.of(one).get("errors").get(0);
        assertAll(() -> assertEquals("observedAt", error.get("field").asText()),
                () -> assertEquals("Date the value before 2026-11-30T23:00:00Z, the end of the current period plus any"
                        + " grace a Jira administrator allows: a value from the future cannot have been measured.",
                        error.get("message").asText()),
                () -> assertEquals(400, batch.status()),
                () -> assertEquals("points[1].observedAt", Json.of(batch).get("errors").get(0).get("field").asText()),
                () -> assertEquals(400, csv.status(), csv.body()),
                () -> assertEquals(3, Json.of(csv).get("errors").get(0).get("line").asInt()),
                () -> assertEquals(0, Json.of(world.api.get(points + "?from=2026-01-01T00:00:00Z"
                        + "&to=2026-12-31T00:00:00Z")).get("total").asInt()),
                () -> assertEquals(0, world.rowCounts().get("DataPointEntity")));
    }

    @Test
    void shouldCorrectAPointForAReasonAndShowItsHistoryToWhoeverMayBrowse() {
        int id = recordOne("{\"observedAt\":\"2026-11-01T08:00:00Z\",\"value\":45,\"note\":\"by hand\"}");

        Api.Reply corrected = editor.put(points + "/" + id, "{\"observedAt\":\"2026-11-01T08:00:00Z\",\"value\":4.5,"
                + "\"reason\":\"typed 45 for 4.5\"}");
        JsonNode history = Json.of(world.api.as(Role.BROWSE_ONLY).get(points + "/" + id + "/history"));

        JsonNode change = history.get("changes").get(0);
        assertAll(() -> assertEquals(200, corrected.status(), corrected.body()),
                () -> assertEquals(4.5, Json.of(corrected).get("value").asDouble()),
                () -> assertEquals("user-editor", Json.of(corrected).get("recordedBy").asText()),
                () -> assertEquals(id, history.get("pointId").asInt()),
                () -> assertEquals(1, history.get("changes").size()),
                () -> assertEquals("CORRECTED", change.get("action").asText()),
                () -> assertEquals("user-editor", change.get("changedBy").asText()),
                () -> assertEquals(RestWorld.NOW.toString(), change.get("changedAt").asText()),
                () -> assertEquals("typed 45 for 4.5", change.get("reason").asText()),
                () -> assertEquals(45.0, change.get("before").get("value").asDouble()),
                () -> assertEquals("by hand", change.get("before").get("note").asText()),
                () -> assertEquals(4.5, change.get("after").get("value").asDouble()),
                () -> assertEquals(4.5, onlyPoint().get("value").asDouble()));
    }

    @Test
    void shouldDeleteAPointForAReasonKeepingItsHistory() {
        int id = recordOne("{\"observedAt\":\"2026-11-01T08:00:00Z\",\"value\":45}");

        Api.Reply deleted = editor.send("DELETE", points + "/" + id, Samples.JSON, "{\"reason\":\"entered twice\"}");
        Api.Reply again = editor.send("DELETE", points + "/" + id, Samples.JSON, "{\"reason\":\"entered twice\"}");
        JsonNode history = Json.of(world.api.get(points + "/" + id + "/history"));

        assertAll(() -> assertEquals(204, deleted.status(), deleted.body()),
                () -> assertEquals(404, again.status()),
                () -> assertEquals(0, world.rowCounts().get("DataPointEntity")),
                () -> assertEquals("DELETED", history.get("changes").get(0).get("action").asText()),
                () -> assertEquals("entered twice", history.get("changes").get(0).get("reason").asText()),
                () -> assertEquals(true, history.get("changes").get(0).get("after").isNull()));
    }

    @Test
    void shouldRefuseAChangeWithoutAReasonOrIntoTheFutureOrOfAnUnknownPointAndWriteNothing() {
        int id = recordOne("{\"observedAt\":\"2026-11-01T08:00:00Z\",\"value\":45}");
        String other = "projects/CSI/definitions/" + Json.define(world.api, "MTTR") + "/datapoints/" + id;

        Api.Reply noReason = editor.put(points + "/" + id, "{\"observedAt\":\"2026-11-01T08:00:00Z\",\"value\":4.5}");
        Api.Reply future = editor.put(points + "/" + id, "{\"observedAt\":\"2026-12-24T08:00:00Z\",\"value\":4.5,"
                + "\"reason\":\"r\"}");
        Api.Reply blankDelete = editor.send("DELETE", points + "/" + id, Samples.JSON, "{\"reason\":\"  \"}");
        Api.Reply noBody = editor.send("DELETE", points + "/" + id, Samples.JSON, "null");
        Api.Reply elsewhere = editor.send("DELETE", other, Samples.JSON, "{\"reason\":\"r\"}");
        Api.Reply notAnId = editor.put(points + "/x1", "{\"observedAt\":\"2026-11-01T08:00:00Z\",\"value\":4.5,"
                + "\"reason\":\"r\"}");
        Api.Reply viewer = world.api.as(Role.BROWSE_ONLY).send("DELETE", points + "/" + id, Samples.JSON,
                "{\"reason\":\"r\"}");

        assertAll(() -> assertEquals(400, noReason.status()),
                () -> assertEquals("reason", Json.of(noReason).get("errors").get(0).get("field").asText()),
                () -> assertEquals("Enter a value.", Json.of(noReason).get("errors").get(0).get("message").asText()),
                () -> assertEquals(400, future.status()),
                () -> assertEquals("observedAt", Json.of(future).get("errors").get(0).get("field").asText()),
                () -> assertEquals(400, blankDelete.status()),
                () -> assertEquals("reason", Json.of(blankDelete).get("errors").get(0).get("field").asText()),
                () -> assertEquals(400, noBody.status()),
                () -> assertEquals(404, elsewhere.status()),
                () -> assertEquals("There is no data point " + id + " here.",
                        Json.of(elsewhere).get("message").asText()),
                () -> assertEquals(404, notAnId.status()),
                () -> assertEquals(403, viewer.status()),
                () -> assertEquals(45.0, onlyPoint().get("value").asDouble()),
                () -> assertEquals(0, Json.of(world.api.get(points + "/" + id + "/history")).get("changes").size()),
                () -> assertEquals(0, world.rowCounts().get("PointChangeEntity")));
    }

    /** Records one point and answers its id. */
    private int recordOne(String point) {
        assertEquals(200, editor.post(points, point).status());
        return onlyPoint().get("id").asInt();
    }

    private JsonNode onlyPoint() {
        JsonNode page = Json.of(world.api.get(points + "?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z"));
        assertEquals(1, page.get("total").asInt());
        return page.get("points").get(0);
    }
}
