package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who changes which measure, over HTTP on real repositories: a user with Edit Issues who is no project
 * administrator defines, edits, links and unlinks the measures of an improvement, and is refused (403, saying why)
 * a measure of the project's own and any deletion; an edit that sends no improvement keeps the link.
 */
class MeasureRightsApiTest {

    private static final String DEFINITIONS = "projects/CSI/definitions";
    private static final long IMPROVEMENT = FakeJira.IMPROVEMENT.id();
    private final RestWorld world = new RestWorld();
    private final Api admin = world.api.as(Role.PROJECT_ADMIN).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);
    private final Api editor = world.api.as(Role.EDITOR).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);
    private final Api viewer = world.api.as(Role.BROWSE_ONLY).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void shouldLetAnEditorDefineAndEditAMeasureOfTheImprovementKeepingItsLink() {
        Api.Reply created = editor.post(DEFINITIONS, owned(Json.definition("CHG")));
        String path = DEFINITIONS + "/" + Json.of(created).get("id").asInt();

        Api.Reply edited = editor.put(path, Json.definition("CHG").replace("\"target\":80", "\"target\":85")
                .replace("}", ",\"version\":1}"));

        JsonNode after = Json.of(edited);
        assertAll(() -> assertEquals(201, created.status(), created.body()),
                () -> assertEquals(IMPROVEMENT, Json.of(created).get("improvementIssueId").asLong()),
                () -> assertEquals(200, edited.status(), edited.body()),
                () -> assertEquals(85.0, after.get("target").asDouble()),
                () -> assertEquals(IMPROVEMENT, after.get("improvementIssueId").asLong(), "the edit kept the link"));
    }

    @Test
    void shouldRefuseAnEditorAMeasureOfTheProjectsOwnWith403SayingWhy() {
        Api.Reply created = editor.post(DEFINITIONS, Json.definition("CSAT"));
        int id = Json.define(world.api, "FCR");
        String path = DEFINITIONS + "/" + id;

        Api.Reply edited = editor.put(path, Json.definition("FCR").replace("}", ",\"version\":1}"));
        Api.Reply unlinked = editor.delete(path + "/improvement?version=1");
        Api.Reply deleted = editor.delete(path + "?version=1");
        Api.Reply viewerCreates = viewer.post(DEFINITIONS, owned(Json.definition("NPS")));

        assertAll(() -> assertEquals(403, created.status(), created.body()),
                () -> assertTrue(created.body().contains("Only project administrators may change this measure"),
                        created.body()),
                () -> assertEquals(403, edited.status(), edited.body()),
                () -> assertEquals(403, unlinked.status(), unlinked.body()),
                () -> assertEquals(403, deleted.status(), deleted.body()),
                () -> assertEquals(403, viewerCreates.status(), viewerCreates.body()),
                () -> assertEquals(1, Json.of(world.api.get(path)).get("version").asInt(), "nothing changed"));
    }

    @Test
    void shouldLetAnEditorLinkAProjectMeasureThenUnlinkIt() {
        int id = Json.define(world.api, "FCR");
        String path = DEFINITIONS + "/" + id;

        Api.Reply linked = editor.put(path + "/improvement", "{\"improvementIssueId\":" + IMPROVEMENT + ",\"version\":1}");
        Api.Reply stale = editor.delete(path + "/improvement?version=1");
        Api.Reply unlinked = editor.delete(path + "/improvement?version=2");
        Api.Reply notAnImprovement = admin.put(path + "/improvement",
                "{\"improvementIssueId\":" + FakeJira.LIFECYCLE.id() + ",\"version\":3}");
        Api.Reply noVersion = admin.put(path + "/improvement", "{\"improvementIssueId\":" + IMPROVEMENT + "}");

        JsonNode audit = Json.of(world.api.get(path + "/audit"));
        assertAll(() -> assertEquals(200, linked.status(), linked.body()),
                () -> assertEquals(IMPROVEMENT, Json.of(linked).get("improvementIssueId").asLong()),
                () -> assertEquals(80.0, Json.of(linked).get("target").asDouble(), "linking keeps the fields"),
                () -> assertEquals(409, stale.status(), stale.body()),
                () -> assertEquals(200, unlinked.status(), unlinked.body()),
                () -> assertTrue(Json.of(unlinked).get("improvementIssueId").isNull(), unlinked.body()),
                () -> assertEquals(400, notAnImprovement.status(), notAnImprovement.body()),
                () -> assertEquals("improvementIssueId",
                        Json.of(notAnImprovement).get("errors").get(0).get("field").asText()),
                () -> assertEquals(400, noVersion.status(), noVersion.body()),
                () -> assertEquals(3, audit.get("entries").size()));
    }

    private static String owned(String definition) {
        return definition.replace("}", ",\"improvementIssueId\":" + IMPROVEMENT + "}");
    }
}
