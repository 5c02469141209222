package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.measure.CsvLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The CSV import limits a Jira administrator sets, over HTTP: a file over either limit is a 413 whose message names
 * the limit, and nothing of it is written; the limits themselves are checked when they are saved.
 */
class CsvImportLimitsTest {

    private static final String SETTINGS = "{\"schedule\":\"INTERVAL\",\"intervalMinutes\":60,\"timeZone\":\"UTC\","
            + "\"autoRaise\":false";
    private final RestWorld world = new RestWorld();
    private final Api jiraAdmin = world.api.as(Role.JIRA_ADMIN).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);
    private final String csv = "projects/CSI/definitions/" + Json.define(world.api, "FCR") + "/datapoints/csv";

    @AfterEach
    void close() {
        world.close();
    }

    private Api.Reply upload(String body) {
        return world.api.as(Role.EDITOR).send("POST", csv, CsvResource.TEXT_CSV, body);
    }

    @Test
    void shouldRefuseAFileWithMoreRowsThanTheAdministratorAllowsWith413AndWriteNothing() {
        Api.Reply limited = jiraAdmin.put("automation/settings", SETTINGS + ",\"csvMaxBytes\":2048,\"csvMaxRows\":2}");
        String two = "observedAt,value\n2026-10-01T00:00:00Z,1\n\n2026-10-02T00:00:00Z,2\n";

        Api.Reply over = upload(two + "2026-10-03T00:00:00Z,3\n");
        int afterOver = world.rowCounts().get("DataPointEntity");
        Api.Reply atTheLimit = upload(two);

        assertAll(() -> assertEquals(200, limited.status(), limited.body()),
                () -> assertEquals(2048, Json.of(limited).get("csvMaxBytes").asInt()),
                () -> assertEquals(413, over.status(), over.body()),
                () -> assertEquals("The file has more than 2 rows, the limit an administrator set.",
                        Json.of(over).get("message").asText()),
                () -> assertEquals(0, afterOver, "nothing of the refused file is written"),
                () -> assertEquals(200, atTheLimit.status(), atTheLimit.body()),
                () -> assertEquals(2, world.rowCounts().get("DataPointEntity")));
    }

    @Test
    void shouldRefuseAFileOfMoreBytesThanTheAdministratorAllowsBlankLinesIncluded() {
        jiraAdmin.put("automation/settings", SETTINGS + ",\"csvMaxBytes\":1024,\"csvMaxRows\":100}");

        Api.Reply over = upload("observedAt,value\n2026-10-01T00:00:00Z,1\n" + "\n".repeat(2_000));

        assertAll(() -> assertEquals(413, over.status(), over.body()),
                () -> assertEquals("The file is larger than 1,024 bytes, the limit an administrator set.",
                        Json.of(over).get("message").asText()),
                () -> assertEquals(0, world.rowCounts().get("DataPointEntity")));
    }

    @Test
    void shouldImportUpToTheDefaultLimitsUntilAnAdministratorSetsOthers() {
        Api.Reply saved = jiraAdmin.put("automation/settings", SETTINGS + "}");

        assertAll(() -> assertEquals(CsvLimits.DEFAULT_MAX_BYTES, Json.of(saved).get("csvMaxBytes").asInt()),
                () -> assertEquals(CsvLimits.DEFAULT_MAX_ROWS, Json.of(saved).get("csvMaxRows").asInt()),
                () -> assertEquals(200, upload("observedAt,value\n2026-10-01T00:00:00Z,1\n").status()));
    }

    @Test
    void shouldRefuseLimitsThatAreNotPositiveOrBeyondTheirBoundsAndSaveNothing() {
        Api.Reply refused = jiraAdmin.put("automation/settings", SETTINGS + ",\"csvMaxBytes\":0,\"csvMaxRows\":10000001}");

        JsonNode errors = Json.of(refused).get("errors");
        assertAll(() -> assertEquals(400, refused.status(), refused.body()),
                () -> assertEquals(List.of("csvMaxBytes", "csvMaxRows"),
                        List.of(errors.get(0).get("field").asText(), errors.get(1).get("field").asText())),
                () -> assertEquals("Enter a whole number from 1,024 to 1,073,741,824.",
                        errors.get(0).get("message").asText()),
                () -> assertEquals(0, world.rowCounts().get("AutomationSettingsEntity")));
    }
}
