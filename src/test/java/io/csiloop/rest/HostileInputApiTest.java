package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile numbers, text and choices over HTTP: each is a 400 naming the field in words that say what is wrong,
 * and nothing is written; every answer carries the headers that keep it from being sniffed or stored.
 */
class HostileInputApiTest {

    private static final String DEFINITIONS = "projects/CSI/definitions";
    private final RestWorld world = new RestWorld();
    private final Api editor = world.api.as(Role.EDITOR).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);
    private final Api admin = world.api.as(Role.PROJECT_ADMIN).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void shouldRefuseValuesBeyondTheRangeAndOverlongNumbersNamingTheField() {
        String points = DEFINITIONS + "/" + Json.define(world.api, "FCR") + "/datapoints";

        Api.Reply beyond = editor.post(points, "{\"observedAt\":\"2026-10-01T00:00:00Z\",\"value\":-1.0000000000000002e15}");
        Api.Reply overlong = editor.post(points, "{\"observedAt\":\"2026-10-01T00:00:00Z\",\"value\":1" + "0".repeat(2000)
                + "}");
        Api.Reply edge = editor.post(points, "{\"observedAt\":\"2026-10-01T00:00:00Z\",\"value\":-1e15}");

        JsonNode range = error(beyond);
        JsonNode digits = error(overlong);
        assertAll(() -> assertEquals(400, beyond.status(), beyond.body()),
                () -> assertEquals("value", range.get("field").asText()),
                () -> assertEquals("Enter a number between -1,000,000,000,000,000 and 1,000,000,000,000,000 (10^15).",
                        range.get("message").asText()),
                () -> assertEquals(400, overlong.status(), overlong.body()),
                () -> assertEquals(Keys.NUMBER_TOO_LONG, digits.get("key").asText(), overlong.body()),
                () -> assertEquals("value", digits.get("field").asText()),
                () -> assertEquals(200, edge.status(), edge.body()),
                () -> assertEquals(1, world.rowCounts().get("DataPointEntity")));
    }

    @Test
    void shouldRefuseADefinitionWithUnstorableTextOrNumbersNamingEachField() {
        Api.Reply refused = admin.post(DEFINITIONS, Json.definition("FCR")
                .replace("First-contact resolution", "First\\u0000contact")
                .replace("\"target\":80", "\"target\":3.5e38").replace("\"baseline\":60", "\"baseline\":\"60\"")
                .replace("\"unit\":\"%\"", "\"unit\":\"\\ud800\""));
        Api.Reply sentinel = admin.post(DEFINITIONS, Json.definition("FCR").replace("First-contact resolution", "\\uffff"));

        assertAll(() -> assertEquals(400, refused.status(), refused.body()),
                () -> assertEquals(List.of("baseline"), fields(refused), "a string for a number is refused first"),
                () -> assertEquals(400, sentinel.status(), sentinel.body()),
                () -> assertEquals(List.of("name"), fields(sentinel)),
                () -> assertEquals("Remove the character at position 1: control characters (other than tab and line "
                        + "breaks), broken surrogate pairs and non-characters cannot be stored.",
                        error(sentinel).get("message").asText()),
                () -> assertEquals(0, world.rowCounts().get("MeasurementDefEntity")));
        Api.Reply all = admin.post(DEFINITIONS, Json.definition("FCR")
                .replace("First-contact resolution", "First\\u0000contact")
                .replace("\"target\":80", "\"target\":3.5e38").replace("\"unit\":\"%\"", "\"unit\":\"\\ud800\""));
        assertAll(() -> assertEquals(400, all.status(), all.body()),
                () -> assertEquals(List.of("name", "unit", "target"), fields(all)),
                () -> assertEquals(0, world.rowCounts().get("MeasurementDefEntity")));
    }

    @Test
    void shouldAcceptOnlyTheModelsChoicesInTheRegister() {
        String register = "issues/CSI-1/improvement";
        String good = "{\"objective\":\"Answer faster\",\"fourDimensions\":[\"ORGANIZATIONS_AND_PEOPLE\","
                + "\"INFORMATION_AND_TECHNOLOGY\",\"PARTNERS_AND_SUPPLIERS\",\"VALUE_STREAMS_AND_PROCESSES\"],"
                + "\"valueChainActivity\":\"IMPROVE\",\"source\":\"INCIDENT_TREND\"}";
        Api.Reply saved = editor.put(register, good);
        String long60 = "\"" + "A".repeat(60) + "\"";
        Api.Reply five = editor.put(register, "{\"fourDimensions\":[" + String.join(",", long60, long60.replace('A', 'B'),
                long60.replace('A', 'C'), long60.replace('A', 'D'), long60.replace('A', 'E')) + "]}");
        Api.Reply outside = editor.put(register, "{\"fourDimensions\":[\"PEOPLE\"],\"valueChainActivity\":\"DANCE\","
                + "\"source\":\"RUMOUR\",\"objective\":\"a\\u0000\"}");

        JsonNode stored = Json.of(world.api.get(register)).get("register");
        assertAll(() -> assertEquals(200, saved.status(), saved.body()),
                () -> assertEquals(400, five.status(), five.body()),
                () -> assertEquals(List.of("fourDimensions[0]", "fourDimensions[1]", "fourDimensions[2]",
                        "fourDimensions[3]", "fourDimensions[4]"), fields(five)),
                () -> assertEquals(400, outside.status(), outside.body()),
                () -> assertEquals(List.of("fourDimensions[0]"), fields(outside), "the fields, then the entry"),
                () -> assertTrue(error(outside).get("message").asText().startsWith("Enter one of: ORGANIZATIONS_AND_"),
                        outside.body()),
                () -> assertEquals("Answer faster", stored.get("objective").asText()),
                () -> assertEquals(4, stored.get("fourDimensions").size()),
                () -> assertEquals("IMPROVE", stored.get("valueChainActivity").asText()));
        Api.Reply entry = editor.put(register, "{\"valueChainActivity\":\"DANCE\",\"source\":\"RUMOUR\","
                + "\"objective\":\"a\\u0000\"}");
        assertAll(() -> assertEquals(400, entry.status(), entry.body()),
                () -> assertEquals(List.of("objective", "valueChainActivity", "source"), fields(entry)),
                () -> assertEquals("Answer faster", Json.of(world.api.get(register)).get("register").get("objective")
                        .asText()));
    }

    @Test
    void shouldSayTheSignificanceLevelLiesStrictlyBetweenZeroAndOne() {
        String kpi = DEFINITIONS + "/" + Json.define(world.api, "FCR") + "/kpi/before-after?changeAt=2026-10-01T00:00:00Z";

        Api.Reply one = world.api.get(kpi + "&alpha=1");

        assertAll(() -> assertEquals(400, one.status(), one.body()),
                () -> assertEquals("alpha", error(one).get("field").asText()),
                () -> assertEquals("Enter a number greater than 0 and less than 1.", error(one).get("message").asText()));
    }

    @Test
    void shouldMarkEveryAnswerNotToBeSniffedOrStored() {
        int id = Json.define(world.api, "FCR");
        List<Api.Reply> answers = List.of(world.api.get(DEFINITIONS), world.api.get(DEFINITIONS + "/" + id + "/kpi"),
                world.api.get(DEFINITIONS + "/" + id + "/datapoints/csv"), world.api.get(DEFINITIONS + "/999"),
                editor.post(DEFINITIONS, "{"), world.api.as(Role.BROWSE_ONLY).get("improvements/CSI-1/packs"));

        for (Api.Reply answer : answers) {
            assertEquals(Map.of("nosniff", List.of("nosniff"), "no-store", List.of("no-store")),
                    Map.of("nosniff", answer.header("X-Content-Type-Options"),
                            "no-store", answer.header("Cache-Control")), answer.status() + " " + answer.contentType());
        }
        assertTrue(PackResource.HTML_POLICY.endsWith("; frame-ancestors 'self'"), PackResource.HTML_POLICY);
    }

    @Test
    void shouldWriteAFigureThatDoesNotExistAsNullNeverAsInfinityOrNaN() throws Exception {
        record Figures(double primitive, Double boxed, Double nan) {
        }

        assertEquals("{\"primitive\":null,\"boxed\":null,\"nan\":null}", ApiJson.MAPPER.writeValueAsString(
                new Figures(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN)));
        assertEquals("{\"primitive\":1.0E15,\"boxed\":-2.5,\"nan\":0.0}", ApiJson.MAPPER.writeValueAsString(
                new Figures(1e15, -2.5, 0.0)));
    }

    private static JsonNode error(Api.Reply reply) {
        return Json.of(reply).get("errors").get(0);
    }

    private static List<String> fields(Api.Reply reply) {
        return java.util.stream.StreamSupport.stream(Json.of(reply).get("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
    }
}
