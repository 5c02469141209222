package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.TestDatabase;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A definition's valid range on every database, at every edge a value comes in by: one point, a batch, a correction
 * and a CSV line outside it are each a 400 naming the field (or the line) with the definition and its range, and
 * nothing is written; its ends are values it takes. A range that is inverted or beyond the stored range is refused.
 */
class ValidRangeApiTest {

    private static final String DEFINITIONS = "projects/CSI/definitions";
    private static final String DAY = "2026-10-01T00:00:00Z";
    private static final String RANGE = "CSAT takes values from 0 to 100.";

    @AcrossDatabases
    void shouldRefuseAPointOrABatchOutsideTheRangeAndTakeItsEnds(TestDatabase.Opened database) {
        try (RestWorld world = new RestWorld(database.kind())) {
            String points = points(world, ",\"validMin\":0,\"validMax\":100");
            Api editor = editor(world);

            Api.Reply above = editor.post(points, point(DAY, "100.5"));
            Api.Reply batch = editor.post(points + "/batch", "{\"points\":[" + point(DAY, "50") + ","
                    + point(DAY, "-0.01") + "]}");
            Api.Reply low = editor.post(points, point(DAY, "0"));
            Api.Reply high = editor.post(points, point("2026-10-02T00:00:00Z", "100"));

            assertAll(() -> assertEquals(400, above.status(), above.body()),
                    () -> assertEquals(List.of("value"), fields(above)),
                    () -> assertEquals(RANGE, message(above)),
                    () -> assertEquals(400, batch.status(), batch.body()),
                    () -> assertEquals(List.of("points[1].value"), fields(batch)),
                    () -> assertEquals(RANGE, message(batch)),
                    () -> assertEquals(200, low.status(), low.body()),
                    () -> assertEquals(200, high.status(), high.body()),
                    () -> assertEquals(List.of(0.0, 100.0), values(world, points), "the ends only: nothing refused"));
        }
    }

    @AcrossDatabases
    void shouldRefuseACorrectionOutsideTheRangeAndKeepThePoint(TestDatabase.Opened database) {
        try (RestWorld world = new RestWorld(database.kind())) {
            String points = points(world, ",\"validMax\":100");
            Api editor = editor(world);
            assertEquals(200, editor.post(points, point(DAY, "45")).status());
            int id = page(world, points).get("points").get(0).get("id").asInt();

            Api.Reply corrected = editor.put(points + "/" + id, "{\"observedAt\":\"" + DAY + "\",\"value\":450,"
                    + "\"reason\":\"typed 45 as 450\"}");

            assertAll(() -> assertEquals(400, corrected.status(), corrected.body()),
                    () -> assertEquals(List.of("value"), fields(corrected)),
                    () -> assertEquals("CSAT takes values up to 100.", message(corrected)),
                    () -> assertEquals(List.of(45.0), values(world, points)),
                    () -> assertEquals(0, Json.of(world.api.get(points + "/" + id + "/history")).get("changes").size()),
                    () -> assertEquals(0, world.rowCounts().get("PointChangeEntity")));
        }
    }

    @AcrossDatabases
    void shouldRefuseACsvFileWithALineOutsideTheRangeNamingTheLine(TestDatabase.Opened database) {
        try (RestWorld world = new RestWorld(database.kind())) {
            String points = points(world, ",\"validMin\":0.5");

            Api.Reply imported = world.api.as(Role.EDITOR).send("POST", points + "/csv", CsvResource.TEXT_CSV,
                    "observedAt,value\n" + DAY + ",1\n2026-10-02T00:00:00Z,0.25\n2026-10-03T00:00:00Z,0.5\n");

            JsonNode error = Json.of(imported).get("errors").get(0);
            assertAll(() -> assertEquals(400, imported.status(), imported.body()),
                    () -> assertEquals(1, Json.of(imported).get("errors").size(), imported.body()),
                    () -> assertEquals(3, error.get("line").asInt()),
                    () -> assertEquals("value", error.get("field").asText()),
                    () -> assertEquals("CSAT takes values from 0.5.", error.get("message").asText()),
                    () -> assertEquals(List.of(), values(world, points)),
                    () -> assertEquals(0, world.rowCounts().get("DataPointEntity")));
        }
    }

    @AcrossDatabases
    void shouldRefuseAnInvertedRangeOrOneBeyondTheStoredRangeNamingTheField(TestDatabase.Opened database) {
        try (RestWorld world = new RestWorld(database.kind())) {
            Api admin = world.api.as(Role.PROJECT_ADMIN).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);

            Api.Reply inverted = admin.post(DEFINITIONS, csat(",\"validMin\":100,\"validMax\":0"));
            Api.Reply beyond = admin.post(DEFINITIONS, csat(",\"validMin\":-1e16,\"validMax\":1.0000000000000002e15"));

            assertAll(() -> assertEquals(400, inverted.status(), inverted.body()),
                    () -> assertEquals(List.of("validMin"), fields(inverted)),
                    () -> assertEquals("The lowest valid value (100) is above the highest (0).", message(inverted)),
                    () -> assertEquals(400, beyond.status(), beyond.body()),
                    () -> assertEquals(List.of("validMin", "validMax"), fields(beyond)),
                    () -> assertTrue(message(beyond).startsWith("Enter a number between -1,000,000,000,000,000"),
                            beyond.body()),
                    () -> assertEquals(0, world.rowCounts().get("MeasurementDefEntity")));
        }
    }

    @AcrossDatabases
    void shouldNarrowTheRangeOverStoredPointsWhichStayAsMeasured(TestDatabase.Opened database) {
        try (RestWorld world = new RestWorld(database.kind())) {
            String points = points(world, "");
            String definition = points.replace("/datapoints", "");
            assertEquals(200, editor(world).post(points, point(DAY, "120")).status());
            Api admin = world.api.as(Role.PROJECT_ADMIN).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);

            Api.Reply narrowed = admin.put(definition, csat(",\"validMin\":0,\"validMax\":100,\"version\":1"));
            JsonNode audit = Json.of(world.api.get(definition + "/audit")).get("entries");

            JsonNode before = audit.get(audit.size() - 1).get("before");
            JsonNode after = audit.get(audit.size() - 1).get("after");
            assertAll(() -> assertEquals(200, narrowed.status(), narrowed.body()),
                    () -> assertEquals(0.0, Json.of(narrowed).get("validMin").asDouble()),
                    () -> assertEquals(100.0, Json.of(narrowed).get("validMax").asDouble()),
                    () -> assertEquals(List.of(120.0), values(world, points)),
                    () -> assertTrue(before.get("validMin").isNull(), before.toString()),
                    () -> assertEquals(0.0, after.get("validMin").asDouble(), after.toString()),
                    () -> assertEquals(100.0, after.get("validMax").asDouble(), after.toString()));
        }
    }

    private static String points(RestWorld world, String range) {
        Api.Reply created = world.api.as(Role.PROJECT_ADMIN).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK)
                .post(DEFINITIONS, csat(range));
        assertEquals(201, created.status(), created.body());
        return DEFINITIONS + "/" + Json.of(created).get("id").asInt() + "/datapoints";
    }

    private static String csat(String range) {
        return Json.definition("CSAT").replace("}", range + "}");
    }

    private static Api editor(RestWorld world) {
        return world.api.as(Role.EDITOR).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);
    }

    private static String point(String observedAt, String value) {
        return "{\"observedAt\":\"" + observedAt + "\",\"value\":" + value + "}";
    }

    private static JsonNode page(RestWorld world, String points) {
        return Json.of(world.api.get(points + "?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z"));
    }

    private static List<Double> values(RestWorld world, String points) {
        return StreamSupport.stream(page(world, points).get("points").spliterator(), false)
                .map(p -> p.get("value").asDouble()).toList();
    }

    private static String message(Api.Reply reply) {
        return Json.of(reply).get("errors").get(0).get("message").asText();
    }

    private static List<String> fields(Api.Reply reply) {
        return StreamSupport.stream(Json.of(reply).get("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
    }
}
