package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Approving rebases of a measure's chart over HTTP on real repositories: a project administrator or whoever may
 * edit the project's issues (the owning Improvement's among them) approves one with a day and a reason; whoever may
 * browse reads the history. Today is 2026-11-26 (RestWorld), the reporting zone Europe/Berlin.
 */
class RebaseResourceTest {

    private static final String SVC_DESK = "{\"at\":\"2026-07-01\",\"reason\":\"the knowledge base went live\"}";

    private final RestWorld world = new RestWorld();
    private String rebases;

    @BeforeEach
    void define() {
        rebases = "projects/CSI/definitions/" + Json.define(world.api, "FCR") + "/rebases";
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void shouldLetAProjectAdministratorAndAnEditorApproveAndOnlyBrowseTheRest() {
        Api.Reply byViewer = world.api.as(Role.BROWSE_ONLY).post(rebases, SVC_DESK);
        Api.Reply byStranger = world.api.as(Role.NO_BROWSE).post(rebases, SVC_DESK);
        Api.Reply byAdmin = world.api.as(Role.PROJECT_ADMIN).post(rebases, SVC_DESK);
        Api.Reply byEditor = world.api.as(Role.EDITOR).post(rebases,
                "{\"at\":\"2026-10-01\",\"reason\":\"a second queue opened\"}");

        JsonNode history = Json.of(world.api.as(Role.BROWSE_ONLY).get(rebases)).get("rebases");
        assertAll(() -> assertEquals(403, byViewer.status(), byViewer.body()),
                () -> assertEquals(403, byStranger.status(), byStranger.body()),
                () -> assertEquals(201, byAdmin.status(), byAdmin.body()),
                () -> assertEquals(201, byEditor.status(), byEditor.body()),
                () -> assertEquals(2, history.size()),
                () -> assertEquals("2026-06-30T22:00:00Z", history.get(0).get("at").asText(), "the day's start in Berlin"),
                () -> assertEquals("the knowledge base went live", history.get(0).get("reason").asText()),
                () -> assertEquals("user-project_admin", history.get(0).get("approvedBy").asText()),
                () -> assertEquals("user-editor", history.get(1).get("approvedBy").asText()),
                () -> assertEquals(403, world.api.as(Role.NO_BROWSE).get(rebases).status()));
    }

    @Test
    void shouldRefuseAMissingReasonAndAFutureDayByFieldAndWriteNothing() {
        Api.Reply noReason = world.api.post(rebases, "{\"at\":\"2026-07-01\",\"reason\":\"  \"}");
        Api.Reply future = world.api.post(rebases, "{\"at\":\"2026-11-27\",\"reason\":\"planned\"}");
        Api.Reply noDay = world.api.post(rebases, "{\"at\":\"1 July\",\"reason\":\"typo\"}");
        Api.Reply missing = world.api.post(rebases, "{\"reason\":\"no day\"}");

        assertAll(() -> assertEquals(400, noReason.status()),
                () -> assertEquals("reason", Json.of(noReason).get("errors").get(0).get("field").asText()),
                () -> assertEquals(400, future.status()),
                () -> assertEquals("at", Json.of(future).get("errors").get(0).get("field").asText()),
                () -> assertEquals(400, noDay.status()),
                () -> assertEquals("at", Json.of(noDay).get("errors").get(0).get("field").asText()),
                () -> assertEquals(400, missing.status()),
                () -> assertEquals("at", Json.of(missing).get("errors").get(0).get("field").asText()),
                () -> assertEquals(0, Json.of(world.api.get(rebases)).get("rebases").size()));
    }

    @Test
    void shouldAnswerASecondRebaseOfTheSamePeriodWith409AnUnknownMeasureWith404AndAFormWithoutTokenWith403() {
        // FCR is monthly (the definition's default): 2 and 20 July both begin the phase with August.
        Api.Reply first = world.api.post(rebases, "{\"at\":\"2026-07-02\",\"reason\":\"go-live\"}");
        Api.Reply again = world.api.post(rebases, "{\"at\":\"2026-07-20\",\"reason\":\"the same change\"}");
        Api.Reply unknown = world.api.post("projects/CSI/definitions/9999/rebases", SVC_DESK);
        Api.Reply forged = world.api.send("POST", rebases, "text/plain", SVC_DESK);
        Api.Reply text = world.api.header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK)
                .send("POST", rebases, "text/plain", SVC_DESK);

        assertAll(() -> assertEquals(201, first.status(), first.body()),
                () -> assertEquals(409, again.status(), again.body()),
                () -> assertEquals(true, Json.of(again).get("message").asText().contains("already has a rebase")),
                () -> assertEquals(404, unknown.status()),
                () -> assertEquals(403, forged.status(), "a form's content type without the XSRF header"),
                () -> assertEquals(415, text.status()),
                () -> assertEquals(1, Json.of(world.api.get(rebases)).get("rebases").size()));
    }
}
