package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Enable CSI Loop for this project" over HTTP, as the project settings page's script calls it. */
class ProjectSetupResourceTest {

    private static RestWorld world;
    private static Api admin;

    @BeforeAll
    static void start() {
        world = new RestWorld();
        admin = world.api.as(Role.PROJECT_ADMIN).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void shouldShowThePlanWithTheProjectsThatShareTheScheme() {
        JsonNode plan = Json.of(admin.get("projects/CSI/setup"));

        assertAll(() -> assertEquals(false, plan.get("enabled").asBoolean()),
                () -> assertEquals(true, plan.get("touchesSharedSchemes").asBoolean()),
                () -> assertEquals("ADD_ISSUE_TYPES", plan.get("changes").get(0).get("kind").asText()),
                () -> assertEquals("OPS", plan.get("changes").get(0).get("sharedWith").get(0).get("key").asText()));
    }

    @Test
    void shouldRefuseWith409AndThePlanUntilSharedSchemesAreConfirmed() {
        Api.Reply refused = admin.post("projects/CSI/setup", "{\"confirmSharedSchemes\":false}");
        Api.Reply confirmed = admin.post("projects/CSI/setup", "{\"confirmSharedSchemes\":true}");

        assertAll(() -> assertEquals(409, refused.status()),
                () -> assertEquals("SHARED_SCHEMES_NOT_CONFIRMED", Json.of(refused).get("refused").asText()),
                () -> assertEquals(1, Json.of(refused).get("changes").size()),
                () -> assertEquals(200, confirmed.status()),
                () -> assertEquals(true, Json.of(confirmed).get("enabled").asBoolean()));
    }

    @Test
    void shouldRefuseAnEditorWith403() {
        assertEquals(403, world.api.as(Role.EDITOR).get("projects/CSI/setup").status());
    }
}
