package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The lifecycle and improvement state of issues, their register fields and gate evidence, over HTTP. */
class IssueResourceTest {

    private final RestWorld world = new RestWorld();
    private final Api editor = world.api.as(Role.EDITOR);

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void shouldShowTheLifecyclePhaseWithItsGuidanceAndTheGateAhead() {
        JsonNode state = Json.of(world.api.as(Role.BROWSE_ONLY).get("issues/CSI-2/lifecycle"));

        assertAll(() -> assertEquals("planning", state.get("status").get("key").asText()),
                () -> assertEquals("Planning", state.get("status").get("name").asText()),
                () -> assertEquals(6, state.get("statuses").size()),
                () -> assertEquals(true, state.get("guidance").get("now").asText().startsWith("Record the scope")),
                () -> assertEquals("lifecycle.planning-exit", gateOf(state, "executing").get("id").asText()),
                () -> assertEquals(false, gateOf(state, "executing").get("passed").asBoolean()),
                () -> assertEquals(true, gateOf(state, "executing").get("missing").size() > 0));
    }

    @Test
    void shouldTakeSnapshotsOfTheImprovementsMeasuresOnRequest() {
        String owned = Json.definition("OWNED").replace("}", ",\"improvementIssueId\":1001,\"ruleProfile\":\"KPI_SIGNALS\"}");
        int id = Json.of(world.api.as(Role.PROJECT_ADMIN).post("projects/CSI/definitions", owned)).get("id").asInt();
        // In October, the last complete month at RestWorld.NOW: November is in progress and has no status yet.
        editor.post("projects/CSI/definitions/" + id + "/datapoints",
                "{\"observedAt\":\"2026-10-20T10:00:00Z\",\"value\":82}");

        Api.Reply taken = editor.header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK).send("POST",
                "issues/CSI-1/snapshots", null, null);
        Api.Reply notAnImprovement = editor.header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK).send("POST",
                "issues/CSI-2/snapshots", null, null);

        JsonNode snapshot = Json.of(taken).get("snapshots").get(0);
        assertAll(() -> assertEquals(200, taken.status(), taken.body()),
                () -> assertEquals("MANUAL", snapshot.get("trigger").asText()),
                () -> assertEquals("ON_TARGET", snapshot.get("status").asText()),
                () -> assertEquals("KPI_SIGNALS", snapshot.get("ruleProfile").asText(),
                        "the snapshot names the rules its signals were read with: the measure's"),
                () -> assertEquals(List.of(), ContractCheck.ofDocument().breaks("POST", "issues/CSI-1/snapshots", taken)),
                () -> assertEquals(404, notAnImprovement.status()),
                () -> assertEquals(1, world.rowCounts().get("KpiSnapshotEntity")));
    }

    @Test
    void shouldRecordEvidenceOfAGateAndShowItOnTheTransitionItGuards() {
        Api.Reply answered = editor.put("issues/CSI-2/evidence/lifecycle.planning-exit",
                "{\"answers\":[{\"itemKey\":\"scope\",\"state\":\"WRITTEN\",\"text\":\"see the wiki\"}]}");
        Api.Reply wrongGate = editor.put("issues/CSI-2/evidence/improvement.collect-data-exit", "{\"answers\":[]}");
        Api.Reply badState = editor.put("issues/CSI-2/evidence/lifecycle.planning-exit",
                "{\"answers\":[{\"itemKey\":\"scope\",\"state\":\"done!\"}]}");
        Api.Reply stateOfAnotherKind = editor.put("issues/CSI-2/evidence/lifecycle.planning-exit",
                "{\"answers\":[{\"itemKey\":\"scope\",\"state\":\"DONE\"}]}");

        JsonNode state = Json.of(world.api.get("issues/CSI-2/lifecycle"));
        JsonNode evidence = Json.of(world.api.get("issues/1002/evidence"));
        assertAll(() -> assertEquals(200, answered.status(), answered.body()),
                () -> assertEquals("user-editor", Json.of(answered).get("answers").get(0).get("answeredBy").asText()),
                () -> assertEquals(404, wrongGate.status()),
                () -> assertEquals(400, badState.status(), badState.body()),
                () -> assertEquals(400, stateOfAnotherKind.status(), stateOfAnotherKind.body()),
                () -> assertEquals("answers[0].state", Json.of(stateOfAnotherKind).get("errors").get(0).get("field").asText()),
                () -> assertEquals("WRITTEN", gateOf(state, "executing").get("answers").get(0).get("state").asText()),
                () -> assertEquals("lifecycle.planning-exit", evidence.get("gates").get(0).get("id").asText()),
                () -> assertEquals(1, world.rowCounts().get("GateEvidenceEntity")));
    }

    @Test
    void shouldRefuseAnItemTheGatesChecklistDoesNotHaveAndStoreNothing() {
        Api.Reply unknown = editor.put("issues/CSI-2/evidence/lifecycle.planning-exit",
                "{\"answers\":[{\"itemKey\":\"scope\",\"state\":\"WRITTEN\",\"text\":\"in\"},"
                        + "{\"itemKey\":\"vision\",\"state\":\"WRITTEN\",\"text\":\"ITIL 4\"}]}");
        Api.Reply passage = editor.put("issues/CSI-2/evidence/lifecycle.planning-exit",
                "{\"answers\":[{\"itemKey\":\"gate-passed\",\"state\":\"PASSED\"}]}");

        JsonNode error = Json.of(unknown).get("errors").get(0);
        assertAll(() -> assertEquals(400, unknown.status(), unknown.body()),
                () -> assertEquals("answers[1].itemKey", error.get("field").asText()),
                () -> assertEquals("csiloop.checklist.error.notOnChecklist", error.get("key").asText()),
                () -> assertEquals("The checklist of this gate has no item vision.", error.get("message").asText()),
                () -> assertEquals(400, passage.status(), "only the workflow records a passage"),
                () -> assertEquals("csiloop.checklist.error.appWritten",
                        Json.of(passage).get("errors").get(0).get("key").asText()),
                () -> assertEquals(0, world.rowCounts().get("GateEvidenceEntity")));
    }

    @Test
    void shouldRefuseAForgedGatePassageOrProducedPackAndStoreNothing() {
        String present = "issues/CSI-1/evidence/improvement.present-knowledge-exit";
        Api.Reply forged = editor.put(present, "{\"answers\":["
                + "{\"itemKey\":\"cycle-1.decision\",\"state\":\"WRITTEN\",\"text\":\"go\"},"
                + "{\"itemKey\":\"cycle-1.stakeholder-pack\",\"state\":\"PRODUCED\",\"text\":\"pack:1\"},"
                + "{\"itemKey\":\"cycle-1.gate-passed\",\"state\":\"PASSED\"}]}");

        JsonNode errors = Json.of(forged).get("errors");
        assertAll(() -> assertEquals(400, forged.status(), forged.body()),
                () -> assertEquals(2, errors.size(), forged.body()),
                () -> assertEquals("answers[1].itemKey", errors.get(0).get("field").asText()),
                () -> assertEquals("csiloop.checklist.error.appWritten", errors.get(0).get("key").asText()),
                () -> assertEquals("Only CSI Loop records cycle-1.stakeholder-pack: a gate passage when the workflow "
                        + "passes the gate, a stakeholder pack when one is produced.", errors.get(0).get("message").asText()),
                () -> assertEquals("answers[2].itemKey", errors.get(1).get("field").asText()),
                () -> assertEquals("csiloop.checklist.error.appWritten", errors.get(1).get("key").asText()),
                // Read back: not even the decision sent beside the forgery was stored.
                () -> assertEquals(0, Json.of(world.api.get("issues/CSI-1/evidence")).get("gates").size()),
                () -> assertEquals(0, world.rowCounts().get("GateEvidenceEntity")),
                () -> assertEquals(0, world.rowCounts().get("PackSnapshotEntity")));
    }

    @Test
    void shouldKeepStepSixShutUntilAPackOfTheCycleIsStored() {
        String present = "issues/CSI-1/evidence/improvement.present-knowledge-exit";
        String decision = "{\"answers\":[{\"itemKey\":\"cycle-1.decision\",\"state\":\"WRITTEN\",\"text\":\"go\"},"
                + "{\"itemKey\":\"cycle-1.decided-by\",\"state\":\"WRITTEN\",\"text\":\"the board\"}]}";
        Api.Reply forged = editor.put(present, decision.replace("]}", ","
                + "{\"itemKey\":\"cycle-1.stakeholder-pack\",\"state\":\"PRODUCED\",\"text\":\"pack:1\"}]}"));
        JsonNode afterForgery = Json.of(world.api.get("issues/CSI-1/evidence"));
        JsonNode decided = Json.of(editor.put(present, decision));
        Api.Reply produced = editor.post("improvements/CSI-1/packs", null);
        JsonNode afterPack = Json.of(editor.put(present, decision));

        assertAll(() -> assertEquals(400, forged.status(), forged.body()),
                () -> assertEquals(0, afterForgery.get("gates").size(), afterForgery.toString()),
                () -> assertEquals(false, decided.get("passed").asBoolean(), decided.toString()),
                () -> assertEquals("The stakeholder pack for cycle 1 has not been produced yet.",
                        decided.get("missing").get(0).asText()),
                () -> assertEquals(1, decided.get("missing").size(), decided.toString()),
                () -> assertEquals(201, produced.status(), produced.body()),
                () -> assertEquals(true, afterPack.get("passed").asBoolean(), afterPack.toString()),
                () -> assertEquals(1, world.rowCounts().get("PackSnapshotEntity")));
    }

    @Test
    void shouldShowTheImprovementStepAndSaveItsRegisterFields() {
        Api.Reply saved = editor.put("issues/CSI-1/improvement", "{\"objective\":\"Answer faster\","
                + "\"fourDimensions\":[\"VALUE_STREAMS_AND_PROCESSES\"],\"source\":\"INCIDENT_TREND\"}");
        Api.Reply nullDimension = editor.put("issues/CSI-1/improvement", "{\"fourDimensions\":[null]}");

        JsonNode improvement = Json.of(world.api.get("issues/CSI-1/improvement"));
        assertAll(() -> assertEquals(200, saved.status(), saved.body()),
                () -> assertEquals(400, nullDimension.status()),
                () -> assertEquals("present-knowledge", improvement.get("process").get("status").get("key").asText()),
                () -> assertEquals(6, improvement.get("process").get("status").get("step").asInt()),
                () -> assertEquals("CHECK", improvement.get("process").get("status").get("pdcaStage").asText()),
                () -> assertEquals("Answer faster", improvement.get("register").get("objective").asText()),
                () -> assertEquals(1, improvement.get("register").get("cycle").asInt()));
    }

    @Test
    void shouldNotShowTheWrongKindOfIssue() {
        assertAll(() -> assertEquals(404, world.api.get("issues/CSI-1/lifecycle").status()),
                () -> assertEquals(404, world.api.get("issues/CSI-2/improvement").status()));
    }

    private static JsonNode gateOf(JsonNode state, String to) {
        for (JsonNode transition : state.get("transitions")) {
            if (transition.get("to").asText().equals(to)) {
                return transition.get("gate");
            }
        }
        throw new AssertionError("no transition to " + to + " in " + state);
    }
}
