package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * The register entry's benefit as a number and the project's totals over HTTP: validated at the edge with field
 * errors, the realised benefit refused before Improved, the totals readable with Browse Projects only.
 */
class BenefitsApiTest {

    private final RestWorld world = new RestWorld();
    private final Api editor = world.api.as(Role.EDITOR);
    private final Api viewer = world.api.as(Role.BROWSE_ONLY);

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void shouldSaveTheExpectedBenefitAndTotalItForTheProject() {
        Api.Reply saved = editor.put("issues/CSI-1/improvement", "{\"expectedBenefit\":\"Fewer repeat calls\","
                + "\"expectedValue\":40.5,\"unit\":\" hours per month \",\"expectedBy\":\"2027-03-31\"}");

        JsonNode register = Json.of(viewer.get("issues/CSI-1/improvement")).get("register");
        Api.Reply totals = viewer.get("projects/CSI/benefits");
        JsonNode unit = Json.of(totals).get("units").get(0);
        assertAll(() -> assertEquals(200, saved.status(), saved.body()),
                () -> assertEquals("Fewer repeat calls", register.get("expectedBenefit").asText(), "the text stays its description"),
                () -> assertEquals(40.5, register.get("expectedValue").asDouble()),
                () -> assertEquals("hours per month", register.get("unit").asText()),
                () -> assertEquals("2027-03-31", register.get("expectedBy").asText()),
                () -> assertEquals(true, register.get("realisedValue").isNull()),
                () -> assertEquals(200, totals.status(), totals.body()),
                () -> assertEquals(List.of(), ContractCheck.ofDocument().breaks("GET", "projects/CSI/benefits", totals)),
                () -> assertEquals(1, Json.of(totals).get("units").size()),
                () -> assertEquals("hours per month", unit.get("unit").asText()),
                () -> assertEquals(40.5, unit.get("planned").asDouble()),
                () -> assertEquals(0.0, unit.get("realised").asDouble()),
                () -> assertEquals("CSI-1", unit.get("improvements").get(0).get("issueKey").asText()),
                () -> assertEquals("PRESENT_KNOWLEDGE", unit.get("improvements").get(0).get("step").asText()));
    }

    @Test
    void shouldRefuseABenefitThatCannotBeTotalledNamingEveryField() {
        Api.Reply refused = editor.put("issues/CSI-1/improvement", "{\"expectedValue\":1e16,\"expectedBy\":\"31.03.2027\"}");
        Api.Reply noUnit = editor.put("issues/CSI-1/improvement", "{\"expectedValue\":12}");
        Api.Reply notANumber = editor.put("issues/CSI-1/improvement", "{\"expectedValue\":\"twelve\",\"unit\":\"h\"}");
        Api.Reply longUnit = editor.put("issues/CSI-1/improvement", "{\"expectedValue\":1,\"unit\":\"" + "u".repeat(61) + "\"}");

        assertAll(() -> assertEquals(400, refused.status(), refused.body()),
                () -> assertEquals(List.of("expectedBy"), fields(refused), "the day is read first, before anything is saved"),
                () -> assertEquals(400, noUnit.status(), noUnit.body()),
                () -> assertEquals(List.of("unit"), fields(noUnit)),
                () -> assertEquals(400, notANumber.status(), notANumber.body()),
                () -> assertEquals(List.of("expectedValue"), fields(notANumber)),
                () -> assertEquals(400, longUnit.status(), longUnit.body()),
                () -> assertEquals(List.of("unit"), fields(longUnit)),
                () -> assertEquals(400, editor.put("issues/CSI-1/improvement", "{\"expectedValue\":1e16,\"unit\":\"h\"}").status()),
                () -> assertEquals(0, Json.of(viewer.get("projects/CSI/benefits")).get("units").size(), "nothing was saved"));
    }

    @Test
    void shouldRefuseARealisedBenefitBeforeImprovedAndKeepTheOneRecorded() {
        Api.Reply early = editor.put("issues/CSI-1/improvement",
                "{\"expectedValue\":5,\"unit\":\"h\",\"realisedValue\":4,\"realisedNote\":\"measured\"}");

        assertAll(() -> assertEquals(400, early.status(), early.body()),
                () -> assertEquals(List.of("realisedValue", "realisedNote"), fields(early)),
                () -> assertEquals(true, Json.of(viewer.get("issues/CSI-1/improvement")).get("register").get("expectedValue").isNull()));
    }

    @Test
    void shouldLetAViewerReadTheTotalsButNotWriteTheBenefit() {
        Api.Reply written = viewer.put("issues/CSI-1/improvement", "{\"expectedValue\":5,\"unit\":\"h\"}");
        Api.Reply otherProject = viewer.get("projects/OPS/benefits");
        Api.Reply anonymous = world.api.as(Role.ANONYMOUS).get("projects/CSI/benefits");

        assertAll(() -> assertEquals(403, written.status(), written.body()),
                () -> assertEquals(200, viewer.get("projects/CSI/benefits").status()),
                () -> assertEquals(403, otherProject.status(), "a project the caller may not browse"),
                () -> assertEquals(401, anonymous.status()),
                () -> assertEquals(true, Json.of(viewer.get("issues/CSI-1/improvement")).get("register").get("expectedValue").isNull()));
    }

    private static List<String> fields(Api.Reply reply) {
        List<String> fields = new ArrayList<>();
        Json.of(reply).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
