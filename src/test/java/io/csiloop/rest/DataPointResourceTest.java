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
}
