package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence of a gate that has passed, over HTTP: locked against an ordinary write (a 400 naming the day it
 * passed, nothing written), amended with a reason as a new version, its history readable with Browse Projects, and
 * the phase-exit report showing it as it was when the gate passed.
 */
class EvidenceLockApiTest {

    private static final String GATE = "issues/CSI-2/evidence/lifecycle.planning-exit";
    private static final String SCOPE = "{\"itemKey\":\"scope\",\"state\":\"WRITTEN\",\"text\":\"%s\"}";

    private final RestWorld world = new RestWorld();
    private final Api editor = world.api.as(Role.EDITOR);

    @BeforeEach
    void passThePlanningGate() {
        Api.Reply answered = editor.put(GATE, "{\"answers\":[" + SCOPE.formatted("in: the portal") + "]}");
        assertEquals(200, answered.status(), answered.body());
        world.reviews().recordPassage(1002, "lifecycle.planning-exit", "user-editor");
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void shouldRefuseAWriteToPassedEvidenceWithoutAReasonAndWriteNothing() {
        Api.Reply rewritten = editor.put(GATE, "{\"answers\":[" + SCOPE.formatted("in: everything") + "]}");
        Api.Reply blankReason = editor.put(GATE, "{\"answers\":[" + SCOPE.formatted("in: everything")
                + "],\"reason\":\"   \"}");

        JsonNode error = Json.of(rewritten).path("errors").path(0);
        JsonNode history = Json.of(world.api.get(GATE + "/history")).get("changes");
        assertAll(() -> assertEquals(400, rewritten.status(), rewritten.body()),
                () -> assertEquals("reason", error.path("field").asText()),
                () -> assertEquals("csiloop.checklist.error.locked", error.path("key").asText()),
                () -> assertEquals("This gate passed on 2026-11-26: its evidence is locked, and an amendment needs "
                        + "a reason.", error.path("message").asText()),
                () -> assertEquals(400, blankReason.status(), blankReason.body()),
                // Read back: the answer and its history are as the passage left them.
                () -> assertEquals("in: the portal", scopeAnswer().get("text").asText()),
                () -> assertEquals(2, history.size(), history.toString()));
    }

    @Test
    void shouldAmendPassedEvidenceWithAReasonAsANewVersionAndShowItsHistory() {
        Api.Reply amended = editor.put(GATE, "{\"answers\":[" + SCOPE.formatted("in: the portal and <b>chat</b>")
                + "],\"reason\":\"the steering group added chat on 20 Nov\"}");

        Api.Reply read = world.api.as(Role.BROWSE_ONLY).get(GATE + "/history");
        JsonNode changes = Json.of(read).get("changes");
        JsonNode amendment = changes.get(2);
        assertAll(() -> assertEquals(200, amended.status(), amended.body()),
                () -> assertEquals("in: the portal and <b>chat</b>", scopeAnswer().get("text").asText()),
                () -> assertEquals(200, read.status(), read.body()),
                () -> assertEquals(1002, Json.of(read).get("issueId").asLong()),
                () -> assertEquals(List.of("gate-passed 1", "scope 1", "scope 2"), versions(changes)),
                () -> assertEquals(List.of("OPEN", "PASSED"), List.of(changes.get(0).get("oldState").asText(),
                        changes.get(0).get("newState").asText())),
                () -> assertEquals(true, changes.get(1).get("reason").isNull(), "no reason before the passage"),
                () -> assertEquals("in: the portal", amendment.get("oldText").asText()),
                () -> assertEquals("in: the portal and <b>chat</b>", amendment.get("newText").asText()),
                () -> assertEquals("the steering group added chat on 20 Nov", amendment.get("reason").asText()),
                () -> assertEquals("user-editor", amendment.get("changedBy").asText()),
                () -> assertEquals("2026-11-26T10:00:00Z", amendment.get("changedAt").asText()));
    }

    @Test
    void shouldShowInThePhaseExitReportTheEvidenceAsPresentedAtThePassage() {
        Api.Reply amended = editor.put(GATE, "{\"answers\":[" + SCOPE.formatted("in: everything, said later")
                + "],\"reason\":\"scope grew\"}");

        String report = world.api.as(Role.BROWSE_ONLY).get("lifecycle-projects/CSI-2/phase-exit-report/html").body();
        assertAll(() -> assertEquals(200, amended.status(), amended.body()),
                () -> assertTrue(report.contains("<td class=\"text\">in: the portal</td>"), report),
                () -> assertFalse(report.contains("in: everything, said later"), report),
                () -> assertTrue(report.contains("It has been amended 1 time(s) since"), report));
    }

    private static List<String> versions(JsonNode changes) {
        List<String> versions = new ArrayList<>();
        changes.forEach(change -> versions.add(change.get("itemKey").asText() + " " + change.get("version").asInt()));
        return versions;
    }

    private JsonNode scopeAnswer() {
        for (JsonNode answer : Json.of(world.api.get("issues/CSI-2/evidence")).get("gates").get(0).get("answers")) {
            if (answer.get("itemKey").asText().equals("scope")) {
                return answer;
            }
        }
        throw new AssertionError("no scope answer");
    }
}
