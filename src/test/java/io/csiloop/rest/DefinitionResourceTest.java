package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Measurement definitions over HTTP on real repositories: the life of a definition and its refusals. */
class DefinitionResourceTest {

    private static final String DEFINITIONS = "projects/CSI/definitions";
    private final RestWorld world = new RestWorld();
    private final Api admin = world.api.as(Role.PROJECT_ADMIN).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void shouldCreateReadReplaceAndDeleteWithAnAuditOfEachChange() {
        Api.Reply created = admin.post(DEFINITIONS, Json.definition("FCR"));
        JsonNode definition = Json.of(created);
        String path = DEFINITIONS + "/" + definition.get("id").asInt();

        Api.Reply replaced = admin.put(path, Json.definition("FCR").replace("\"target\":80", "\"target\":85")
                .replace("}", ",\"version\":1}"));
        Api.Reply stale = admin.put(path, Json.definition("FCR").replace("}", ",\"version\":1}"));
        Api.Reply deleted = admin.delete(path + "?version=2");

        JsonNode audit = Json.of(world.api.get(path + "/audit"));
        assertAll(() -> assertEquals(201, created.status()),
                () -> assertTrue(created.body().contains("\"ownerKey\":\"user-project_admin\"")),
                () -> assertEquals(1, definition.get("version").asInt()),
                () -> assertEquals(200, replaced.status(), replaced.body()),
                () -> assertEquals(85.0, Json.of(replaced).get("target").asDouble()),
                () -> assertEquals(409, stale.status(), stale.body()),
                () -> assertEquals(204, deleted.status(), deleted.body()),
                () -> assertEquals(404, world.api.get(path).status()),
                () -> assertEquals(List.of("CREATED", "UPDATED", "DELETED"), actions(audit)),
                () -> assertEquals(80.0, audit.get("entries").get(1).get("before").get("target").asDouble()));
    }

    @Test
    void shouldListEveryErrorOfADefinitionAtOnceAndWriteNothing() {
        Api.Reply reply = admin.post(DEFINITIONS, "{\"key\":\"1bad\",\"direction\":\"WITHIN_BAND\",\"target\":5,"
                + "\"band\":{\"low\":9},\"tolerance\":-1,\"improvementIssueId\":2001}");

        List<String> fields = new ArrayList<>();
        Json.of(reply).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertAll(() -> assertEquals(400, reply.status()),
                () -> assertTrue(fields.containsAll(List.of("key", "name", "unit", "band.high", "tolerance",
                        "aggregation", "period", "source", "target", "improvementIssueId")), fields.toString()),
                () -> assertEquals(0, world.rowCounts().get("MeasurementDefEntity")));
    }

    @Test
    void shouldRefuseATakenKeyWith409OnTheKeyField() {
        admin.post(DEFINITIONS, Json.definition("FCR"));

        Api.Reply again = admin.post(DEFINITIONS, Json.definition("FCR"));

        assertEquals(409, again.status());
        assertEquals("key", Json.of(again).get("errors").get(0).get("field").asText());
    }

    @Test
    void shouldNotFindAnotherProjectsDefinitionThroughThisProject() {
        int id = Json.define(world.api, "FCR");

        assertAll(() -> assertEquals(200, world.api.get(DEFINITIONS + "/" + id).status()),
                () -> assertEquals(404, world.api.get(DEFINITIONS + "/" + (id + 1)).status()),
                () -> assertEquals(404, world.api.get(DEFINITIONS + "/abc").status()),
                () -> assertEquals(404, world.api.get(DEFINITIONS + "/99999999999").status()));
    }

    @Test
    void shouldRequireTheVersionToDelete() {
        int id = Json.define(world.api, "FCR");

        Api.Reply reply = admin.delete(DEFINITIONS + "/" + id);

        assertEquals(400, reply.status());
        assertEquals("version", Json.of(reply).get("errors").get(0).get("field").asText());
    }

    @Test
    void shouldListTheProjectsDefinitionsByKey() {
        Json.define(world.api, "MTTR");
        Json.define(world.api, "FCR");

        JsonNode list = Json.of(world.api.as(Role.BROWSE_ONLY).get(DEFINITIONS)).get("definitions");

        assertEquals("FCR", list.get(0).get("key").asText());
        assertEquals("MTTR", list.get(1).get("key").asText());
    }

    private static List<String> actions(JsonNode audit) {
        List<String> actions = new ArrayList<>();
        audit.get("entries").forEach(e -> actions.add(e.get("action").asText()));
        return actions;
    }
}
