package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.measure.CsvLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The CSV import limits a Jira administrator sets, over HTTP: a file over either limit is a 413 whose message names
 * the limit, and nothing of it is written; the limits themselves are checked when they are saved. On H2, HSQLDB
 * and PostgreSQL (where {@code AO_PG_URL} is set).
 */
class CsvImportLimitsTest {

    private EntryLimitsWorld limits;

    @AfterEach
    void close() {
        if (limits != null) {
            limits.close();
        }
    }

    private Api.Reply upload(String body) {
        return limits.world.api.as(Role.EDITOR).send("POST", limits.points + "/csv", CsvResource.TEXT_CSV, body);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void shouldRefuseAFileWithMoreRowsThanTheAdministratorAllowsWith413AndWriteNothing(TestDatabase database) {
        limits = new EntryLimitsWorld(database);
        Api.Reply limited = limits.saveLimits("\"csvMaxBytes\":2048,\"csvMaxRows\":2");
        String two = "observedAt,value\n2026-10-01T00:00:00Z,1\n\n2026-10-02T00:00:00Z,2\n";

        Api.Reply over = upload(two + "2026-10-03T00:00:00Z,3\n");
        int afterOver = limits.world.rowCounts().get("DataPointEntity");
        Api.Reply atTheLimit = upload(two);

        assertAll(() -> assertEquals(200, limited.status(), limited.body()),
                () -> assertEquals(2048, Json.of(limited).get("csvMaxBytes").asInt()),
                () -> assertEquals(413, over.status(), over.body()),
                () -> assertEquals("The file has more than 2 rows, the limit an administrator set.",
                        Json.of(over).get("message").asText()),
                () -> assertEquals(0, afterOver, "nothing of the refused file is written"),
                () -> assertEquals(200, atTheLimit.status(), atTheLimit.body()),
                () -> assertEquals(2, limits.world.rowCounts().get("DataPointEntity")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void shouldRefuseAFileOfMoreBytesThanTheAdministratorAllowsBlankLinesIncluded(TestDatabase database) {
        limits = new EntryLimitsWorld(database);
        limits.saveLimits("\"csvMaxBytes\":1024,\"csvMaxRows\":100");

        Api.Reply over = upload("observedAt,value\n2026-10-01T00:00:00Z,1\n" + "\n".repeat(2_000));

        assertAll(() -> assertEquals(413, over.status(), over.body()),
                () -> assertEquals("The file is larger than 1,024 bytes, the limit an administrator set.",
                        Json.of(over).get("message").asText()),
                () -> assertEquals(0, limits.world.rowCounts().get("DataPointEntity")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void shouldImportUpToTheDefaultLimitsUntilAnAdministratorSetsOthers(TestDatabase database) {
        limits = new EntryLimitsWorld(database);
        Api.Reply saved = limits.saveLimits("");

        assertAll(() -> assertEquals(CsvLimits.DEFAULT_MAX_BYTES, Json.of(saved).get("csvMaxBytes").asInt()),
                () -> assertEquals(CsvLimits.DEFAULT_MAX_ROWS, Json.of(saved).get("csvMaxRows").asInt()),
                () -> assertEquals(200, upload("observedAt,value\n2026-10-01T00:00:00Z,1\n").status()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void shouldRefuseLimitsThatAreNotPositiveOrBeyondTheirBoundsAndSaveNothing(TestDatabase database) {
        limits = new EntryLimitsWorld(database);
        Api.Reply refused = limits.saveLimits("\"csvMaxBytes\":0,\"csvMaxRows\":10000001");

        JsonNode errors = Json.of(refused).get("errors");
        assertAll(() -> assertEquals(400, refused.status(), refused.body()),
                () -> assertEquals(List.of("csvMaxBytes", "csvMaxRows"),
                        List.of(errors.get(0).get("field").asText(), errors.get(1).get("field").asText())),
                () -> assertEquals("Enter a whole number from 1,024 to 1,073,741,824.",
                        errors.get(0).get("message").asText()),
                () -> assertEquals(0, limits.world.rowCounts().get("AutomationSettingsEntity")));
    }
}
