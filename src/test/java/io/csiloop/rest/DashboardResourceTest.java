package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's reads over HTTP on real repositories: the KPIs most in need of attention first, where issues stand. */
class DashboardResourceTest {

    private final RestWorld world = new RestWorld();

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void shouldPutTheOffTargetWorseningKpiBeforeTheImprovingOneOnTarget() {
        record("RISE", 60, 65, 70, 75, 80, 85);
        record("FALL", 78, 76, 74, 72, 70, 68);
        record("FLAT", 70, 69, 71, 70, 69, 71);

        JsonNode body = Json.of(world.api.as(Role.BROWSE_ONLY).get("projects/CSI/dashboard/kpi-attention"));

        JsonNode rows = body.get("rows");
        assertAll(() -> assertEquals("CSI", body.get("projectKey").asText()),
                () -> assertEquals("FALL,FLAT,RISE", keys(rows)),
                () -> assertEquals("OFF_TARGET", rows.get(0).get("status").asText()),
                () -> assertEquals(owner(rows.get(0).get("ownerKey").asText()), rows.get(0).get("ownerName").asText(),
                        "the owner by the name Jira shows"),
                () -> assertEquals("WORSENING", rows.get(0).get("trend").asText()),
                () -> assertEquals("STEADY", rows.get(1).get("trend").asText(), "only noise"),
                () -> assertEquals("ON_TARGET", rows.get(2).get("status").asText()),
                () -> assertEquals("IMPROVING", rows.get(2).get("trend").asText()),
                () -> assertEquals(68.0, rows.get(0).get("latest").asDouble(), 1e-9),
                () -> assertTrue(rows.get(0).get("variation").isTextual()),
                () -> assertTrue(rows.get(0).get("assuranceMessage").asText().startsWith("Will ")));
    }

    @Test
    void shouldGiveTheDaysInStatusOfTheProjectsIssuesAndLeaveOthersOut() {
        JsonNode body = Json.of(world.api.as(Role.BROWSE_ONLY)
                .get("projects/CSI/dashboard/issue-standing?keys=CSI-1,OPS-1,CSI-2,NOPE-9"));

        JsonNode issues = body.get("issues");
        assertAll(() -> assertEquals("CSI-1,CSI-2", keys(issues)),
                () -> assertEquals("2026-01-01T00:00:00Z", issues.get(0).get("enteredStatusAt").asText()),
                () -> assertEquals(329, issues.get(0).get("daysInStatus").asLong(), "1 January to 26 November"),
                () -> assertEquals(0, issues.get(0).get("verdicts").size(), "no measure, no verdict"));
    }

    @Test
    void shouldRefuseMoreKeysThanOneRequestHolds() {
        String keys = IntStream.rangeClosed(1, DashboardResource.MAX_KEYS + 1).mapToObj(i -> "CSI-" + i)
                .collect(Collectors.joining(","));

        Api.Reply reply = world.api.as(Role.BROWSE_ONLY).get("projects/CSI/dashboard/issue-standing?keys=" + keys);

        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.body().contains("\"keys\""), reply.body());
    }

    /** The display name Jira gives the user of that key (a role's user in the test world). */
    private static String owner(String key) {
        return java.util.Arrays.stream(Role.values()).map(Role::user).flatMap(java.util.Optional::stream)
                .filter(u -> u.key().equals(key)).findFirst().orElseThrow().displayName();
    }

    /** A monthly measure (higher is better, target 80 ± 5) with these values from April 2026. */
    private void record(String key, double... monthly) {
        int id = Json.define(world.api, key);
        StringBuilder batch = new StringBuilder("{\"points\":[");
        for (int m = 0; m < monthly.length; m++) {
            batch.append(m > 0 ? "," : "").append("{\"observedAt\":\"2026-0").append(m + 4)
                    .append("-10T12:00:00Z\",\"value\":").append(monthly[m]).append('}');
        }
        Api.Reply reply = world.api.as(Role.EDITOR).post("projects/CSI/definitions/" + id + "/datapoints/batch",
                batch.append("]}").toString());
        assertEquals(200, reply.status(), reply.body());
    }

    private static String keys(JsonNode rows) {
        return IntStream.range(0, rows.size()).mapToObj(i -> rows.get(i).get("key").asText())
                .collect(Collectors.joining(","));
    }
}
