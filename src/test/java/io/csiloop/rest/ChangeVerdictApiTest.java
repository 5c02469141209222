package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.improvement.BeforeAfterVerdict;
import io.csiloop.improvement.ImprovementCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verdict at the change over HTTP, and the gate of step 7 reading the same one. SVC-3's story on CSI-1's FCR:
 * about 62 % for the twelve months March 2025 to February 2026, the change live on 15 March 2026, about 78 % from April
 * to October; November, the moment's month ({@link RestWorld#NOW}), has no data.
 */
class ChangeVerdictApiTest {

    /** The go-live day step 7 records, 15 March 2026, as it starts in the reporting zone (Berlin). */
    private static final Instant GO_LIVE = Instant.parse("2026-03-14T23:00:00Z");

    private final RestWorld world = new RestWorld();
    private int id;
    private String path;

    @BeforeEach
    void seed() {
        String owned = Json.definition("FCR").replace("}", ",\"improvementIssueId\":1001}");
        id = Json.of(world.api.as(Role.PROJECT_ADMIN).post("projects/CSI/definitions", owned)).get("id").asInt();
        path = "projects/CSI/definitions/" + id + "/kpi/before-after";
        List<String> points = new ArrayList<>();
        for (int m = 0; m < 20; m++) {
            LocalDate month = LocalDate.of(2025, 3, 1).plusMonths(m);
            double value = (m < 12 ? 62 : m == 12 ? 70 : 78) + (m * 7 % 5 - 2) * 0.4 + m * 0.01;
            for (int day : new int[] {10, 20}) {
                points.add("{\"observedAt\":\"" + month.withDayOfMonth(day).atTime(12, 0).toInstant(ZoneOffset.UTC)
                        + "\",\"value\":" + (value + (day == 10 ? -0.5 : 0.5)) + "}");
            }
        }
        Api.Reply recorded = world.api.as(Role.EDITOR).post("projects/CSI/definitions/" + id + "/datapoints/batch",
                "{\"points\":[" + String.join(",", points) + "]}");
        assertEquals(200, recorded.status(), recorded.body());
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void answersTheVerdictAtTheCyclesGoLiveAndTheGateReadsTheSame() {
        Api.Reply goLive = world.api.as(Role.EDITOR).put("issues/CSI-1/evidence/improvement.implement-improvements-exit",
                "{\"answers\":[{\"itemKey\":\"cycle-1.go-live\",\"state\":\"WRITTEN\",\"text\":\"2026-03-15\"}]}");
        assertEquals(200, goLive.status(), goLive.body());

        Api.Reply reply = world.api.as(Role.BROWSE_ONLY).get(path);
        JsonNode verdict = Json.of(reply);
        Optional<BeforeAfterVerdict> gate = world.reviews().improvementReview(FakeJira.IMPROVEMENT.id()).kpi()
                .beforeAfter(new ImprovementCycle(1));

        assertAll(() -> assertEquals(200, reply.status(), reply.body()),
                () -> assertEquals("IMPROVED", verdict.get("verdict").asText()),
                () -> assertEquals(12, verdict.get("periodsBefore").asInt()),
                () -> assertEquals(7, verdict.get("periodsAfter").asInt(), "March, the go-live's month, is in neither"),
                () -> assertEquals(false, verdict.get("baselineNumberUsed").asBoolean()),
                () -> assertEquals("exact", verdict.get("pValueMethod").asText()),
                () -> assertEquals(16, verdict.get("shiftEstimate").get("estimate").asDouble(), 0.5),
                () -> assertTrue(verdict.get("shiftEstimate").get("lower").asDouble() > 0),
                () -> assertEquals("CSI-1", verdict.get("change").get("issueKey").asText()),
                () -> assertEquals(1, verdict.get("change").get("cycle").asInt()),
                () -> assertEquals(GO_LIVE.toString(), verdict.get("change").get("at").asText()),
                () -> assertEquals(true, verdict.get("secondOpinion").get("sustainedShift").asBoolean()),
                () -> assertTrue(verdict.get("reasons").asText().startsWith("Improved: after the change on 2026-03-15"
                        + " the median rose by "), verdict.get("reasons").asText()),
                () -> assertEquals(Optional.of(BeforeAfterVerdict.IMPROVED), gate, "the gate reads the same verdict"),
                () -> assertEquals(List.of(), ContractCheck.ofDocument().breaks("GET", path, reply)));
    }

    @Test
    void withoutAGoLiveThereIsNoVerdictAndTheAnswerSaysWhy() {
        Api.Reply reply = world.api.get(path);
        JsonNode verdict = Json.of(reply);

        assertAll(() -> assertEquals(List.of(), ContractCheck.ofDocument().breaks("GET", path, reply)),
                () -> assertTrue(verdict.get("verdict").isNull()),
                () -> assertTrue(verdict.get("pValue").isNull()),
                () -> assertEquals("No verdict: cycle 1 has no go-live yet.", verdict.get("reasons").asText()),
                () -> assertEquals(Optional.empty(), world.reviews().improvementReview(FakeJira.IMPROVEMENT.id()).kpi()
                        .beforeAfter(new ImprovementCycle(1)), "nor does the gate judge"));
    }

    @Test
    void refusesACycleThatCannotBe() {
        Api.Reply reply = world.api.get(path + "?cycle=0");

        assertEquals(400, reply.status(), reply.body());
        assertEquals("cycle", Json.of(reply).get("errors").get(0).get("field").asText());
    }
}
