package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.application.measure.CsvImport;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CSV import and export over HTTP on real repositories. */
class CsvResourceTest {

    private final RestWorld world = new RestWorld();
    private String csv;

    @BeforeEach
    void define() {
        csv = "projects/CSI/definitions/" + Json.define(world.api, "FCR") + "/datapoints/csv";
    }

    @AfterEach
    void close() {
        world.close();
    }

    private Api.Reply upload(String path, String body) {
        return world.api.as(Role.EDITOR).send("POST", path, CsvResource.TEXT_CSV, body);
    }

    @Test
    void shouldImportQuotedFieldsAnyColumnOrderAndExportTheSamePoints() {
        Api.Reply imported = upload(csv, "\uFEFFnote,value,observedAt\r\n"
                + "\"first, with a comma\",70.5,2026-10-01T08:00:00Z\r\n"
                + ",71,2026-10-02T08:00:00+02:00\r\n\r\n"
                + "\"a \"\"quoted\"\" word\n on two lines\",-3e2,2026-10-03T08:00:00Z\r\n");

        Api.Reply exported = world.api.as(Role.BROWSE_ONLY).get(csv);
        Api.Reply page = world.api.get(csv.replace("/csv", "") + "?from=2026-10-01T00:00:00Z&to=2026-10-04T00:00:00Z");

        assertAll(() -> assertEquals(200, imported.status(), imported.body()),
                () -> assertEquals(3, Json.of(imported).get("imported").asInt()),
                () -> assertEquals("observedAt,value\n2026-10-01T08:00:00Z,70.5\n2026-10-02T06:00:00Z,71.0\n"
                        + "2026-10-03T08:00:00Z,-300.0\n", exported.body()),
                () -> assertTrue(exported.contentType().startsWith("text/csv")),
                () -> assertEquals("a \"quoted\" word\n on two lines",
                        Json.of(page).get("points").get(2).get("note").asText()),
                () -> assertEquals("CSV", Json.of(page).get("points").get(0).get("source").asText()));
    }

    @Test
    void shouldRefuseTheWholeFileListingEveryBadLineByNumber() {
        Api.Reply reply = upload(csv, "observedAt,value\n2026-10-01T00:00:00Z,1\nnot a date,2\n"
                + "2026-10-03T00:00:00Z,NaN\n2026-10-04T00:00:00Z,0x10\n2026-10-05T00:00:00Z,1,extra\n"
                + "2026-10-06T00:00:00Z,1e999\n2026-10-07T00:00:00Z,7\n");

        JsonNode errors = Json.of(reply).get("errors");
        assertAll(() -> assertEquals(400, reply.status()),
                () -> assertEquals(List.of("3 observedAt", "4 value", "5 value", "6 null", "7 value"), lines(errors)),
                () -> assertEquals(0, world.rowCounts().get("DataPointEntity")));
    }

    @Test
    void shouldSkipBadLinesOnlyWhenAsked() {
        Api.Reply reply = upload(csv + "?skipInvalid=true", "observedAt,value\n2026-10-01T00:00:00Z,1\nbad,2\n"
                + "2026-10-03T00:00:00Z,3\n");

        JsonNode result = Json.of(reply);
        assertAll(() -> assertEquals(200, reply.status(), reply.body()),
                () -> assertEquals(2, result.get("imported").asInt()), () -> assertEquals(1, result.get("skipped").asInt()),
                () -> assertEquals(3, result.get("errors").get(0).get("line").asInt()),
                () -> assertEquals(2, world.rowCounts().get("DataPointEntity")));
    }

    @Test
    void shouldRefuseABadHeaderEvenWhenSkippingBadLines() {
        Api.Reply unknown = upload(csv + "?skipInvalid=true", "observedAt,value,colour\n2026-10-01T00:00:00Z,1,red\n");
        Api.Reply missing = upload(csv, "observedAt,observedAt\n");
        Api.Reply empty = upload(csv, "");

        assertAll(() -> assertEquals(400, unknown.status()),
                () -> assertEquals("colour", Json.of(unknown).get("errors").get(0).get("field").asText()),
                () -> assertEquals(List.of("1 observedAt", "1 value"), lines(Json.of(missing).get("errors"))),
                () -> assertEquals(List.of("1 null"), lines(Json.of(empty).get("errors"))),
                () -> assertEquals(0, world.rowCounts().get("DataPointEntity")));
    }

    @Test
    void shouldRefuseTextThatIsNotUtf8() {
        byte[] latin1 = "observedAt,value,note\n2026-10-01T00:00:00Z,1,Gr\u00f6\u00dfe\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);

        Api.Reply reply = world.api.as(Role.EDITOR).stream("POST", csv, CsvResource.TEXT_CSV,
                HttpRequest.BodyPublishers.ofByteArray(latin1));

        assertEquals(400, reply.status(), reply.body());
        assertEquals(0, world.rowCounts().get("DataPointEntity"));
    }

    @Test
    void shouldCountTheBadLinesBeyondThoseItLists() {
        StringBuilder file = new StringBuilder("observedAt,value\n");
        for (int i = 0; i < CsvImport.MAX_LISTED + 20; i++) {
            file.append("bad,1\n");
        }

        JsonNode errors = Json.of(upload(csv, file.toString())).get("errors");

        assertEquals(CsvImport.MAX_LISTED + 1, errors.size());
        assertEquals("And 20 more lines with errors.", errors.get(CsvImport.MAX_LISTED).get("message").asText());
    }

    private static List<String> lines(JsonNode errors) {
        List<String> lines = new ArrayList<>();
        errors.forEach(e -> lines.add(e.get("line").asText() + " " + (e.has("field") ? e.get("field").asText() : null)));
        return lines;
    }
}
