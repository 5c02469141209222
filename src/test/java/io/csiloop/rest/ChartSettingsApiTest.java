package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.TestDatabase;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A definition's chart settings over REST on every database: absent, they answer as the defaults; sent, they are
 * stored and answered; N outside 12..20 is a 400 naming {@code baselinePeriods}, and nothing is written.
 */
class ChartSettingsApiTest {

    private static final String DEFINITIONS = "projects/CSI/definitions";

    @AcrossDatabases
    void shouldAnswerTheDefaultsStoreAChoiceAndRefuseNOutsideTwelveToTwenty(TestDatabase.Opened database) {
        try (RestWorld world = new RestWorld(database.kind())) {
            Api admin = world.api.as(Role.PROJECT_ADMIN).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);

            Api.Reply plain = admin.post(DEFINITIONS, csat("CSAT", ""));
            Api.Reply chosen = admin.post(DEFINITIONS, csat("FCR",
                    ",\"ruleProfile\":\"KPI_SIGNALS\",\"screening\":true,\"baselinePeriods\":20"));
            Api.Reply eleven = admin.post(DEFINITIONS, csat("MTTR", ",\"baselinePeriods\":11"));
            JsonNode read = Json.of(world.api.get(DEFINITIONS + "/" + Json.of(chosen).get("id").asInt()));

            assertAll(() -> assertEquals(201, plain.status(), plain.body()),
                    () -> assertEquals(List.of("MAKING_DATA_COUNT", "false", "12"), settings(Json.of(plain))),
                    () -> assertEquals(201, chosen.status(), chosen.body()),
                    () -> assertEquals(List.of("KPI_SIGNALS", "true", "20"), settings(read)),
                    () -> assertEquals(400, eleven.status(), eleven.body()),
                    () -> assertEquals(List.of("baselinePeriods"), StreamSupport.stream(
                            Json.of(eleven).get("errors").spliterator(), false).map(e -> e.path("field").asText())
                            .toList()),
                    () -> assertEquals("The baseline takes from 12 to 20 complete periods.",
                            Json.of(eleven).get("errors").get(0).get("message").asText()),
                    () -> assertEquals(2, world.rowCounts().get("MeasurementDefEntity")));
        }
    }

    private static List<String> settings(JsonNode definition) {
        return List.of(definition.get("ruleProfile").asText(), definition.get("screening").asText(),
                definition.get("baselinePeriods").asText());
    }

    private static String csat(String key, String settings) {
        return Json.definition(key).replace("}", settings + "}");
    }
}
