package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Raise improvement" from a Lifecycle Project: only from Closing or Closed, as the caller, linked, the lesson its objective. */
class LessonApiTest {

    private final RestWorld world = new RestWorld();
    private final Api editor = world.api.as(Role.EDITOR);

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void shouldRaiseTheLessonAsAnImprovementLinkedFromTheProjectAsTheCaller() {
        Api.Reply raised = editor.post("lifecycle-projects/CSI-3/improvements",
                "{\"lesson\":\"Train the service desk before go-live\\nThe first week had twice the calls.\"}");

        JsonNode body = Json.of(raised);
        RegisterEntry entry = world.repository(ImprovementRegister.class).find(body.get("id").asLong()).orElseThrow();
        assertAll(() -> assertEquals(201, raised.status(), raised.body()),
                () -> assertEquals("Train the service desk before go-live", body.get("summary").asText()),
                () -> assertEquals(Role.EDITOR.user().orElseThrow().key(), world.created.raised.get(0).reporterKey()),
                () -> assertArrayEquals(new long[] {1003, body.get("id").asLong()}, world.created.links.get(0)),
                () -> assertEquals("Train the service desk before go-live\nThe first week had twice the calls.",
                        entry.objective()));
    }

    @Test
    void shouldRefuseALessonFromAProjectNotYetClosingAndAnEmptyLesson() {
        Api.Reply planning = editor.post("lifecycle-projects/CSI-2/improvements", "{\"lesson\":\"Too early\"}");
        Api.Reply empty = editor.post("lifecycle-projects/CSI-3/improvements", "{\"lesson\":\"  \"}");
        Api.Reply viewer = world.api.as(Role.BROWSE_ONLY).post("lifecycle-projects/CSI-3/improvements",
                "{\"lesson\":\"Not mine to raise\"}");

        assertAll(() -> assertEquals(400, planning.status()),
                () -> assertTrue(planning.body().contains("csiloop.ui.lifecycle.raise.notClosing"), planning.body()),
                () -> assertEquals(400, empty.status()),
                () -> assertTrue(empty.body().contains("\"field\":\"lesson\""), empty.body()),
                () -> assertEquals(403, viewer.status()),
                () -> assertTrue(world.created.raised.isEmpty(), "nothing raised"));
    }
}
