package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.host.ao.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The grace a Jira administrator allows after a definition's current period, over HTTP: every edge that dates a
 * point (one, a batch, a CSV row, a correction) accepts a point up to the period's end plus the grace and refuses
 * the first instant after, naming that instant; nothing refused is written. On H2, HSQLDB and PostgreSQL (where
 * {@code AO_PG_URL} is set).
 */
class FutureGraceApiTest {

    /** RestWorld stands on 26 November 2026 in Berlin; FCR is monthly, so November ends at 23:00Z on the 30th. */
    private static final String INSIDE = "2026-12-01T22:59:59Z";
    /** The end of November in Berlin plus a grace of 24 hours: the first instant refused. */
    private static final String AFTER = "2026-12-01T23:00:00Z";

    private EntryLimitsWorld limits;

    @AfterEach
    void close() {
        if (limits != null) {
            limits.close();
        }
    }

    private Api editor() {
        return limits.world.api.as(Role.EDITOR);
    }

    private Api.Reply point(String observedAt) {
        return editor().post(limits.points, "{\"observedAt\":\"" + observedAt + "\",\"value\":1}");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void shouldAcceptAPointDatedInsideTheGraceAndRefuseOneJustAfterAtEveryEdge(TestDatabase database) {
        limits = new EntryLimitsWorld(database);
        String points = limits.points;
        Api.Reply saved = limits.saveLimits("\"futureGraceHours\":24");

        Api.Reply inside = point(INSIDE);
        Api.Reply after = point(AFTER);
        Api.Reply batch = editor().post(points + "/batch", "{\"points\":[{\"observedAt\":\"" + INSIDE
                + "\",\"value\":2},{\"observedAt\":\"" + AFTER + "\",\"value\":3}]}");
        Api.Reply csv = editor().send("POST", points + "/csv", CsvResource.TEXT_CSV,
                "observedAt,value\n" + INSIDE + ",4\n" + AFTER + ",5\n");
        assertEquals(200, inside.status(), inside.body());
        int id = Json.of(limits.world.api.get(points + "?from=2026-11-01T00:00:00Z&to=2026-12-31T00:00:00Z"))
                .get("points").get(0).get("id").asInt();
        Api.Reply correctedAfter = editor().put(points + "/" + id, "{\"observedAt\":\"" + AFTER + "\",\"value\":6,"
                + "\"reason\":\"read a day early\"}");
        Api.Reply correctedInside = editor().put(points + "/" + id, "{\"observedAt\":\"2026-12-01T20:00:00Z\","
                + "\"value\":7,\"reason\":\"read a day early\"}");

        JsonNode page = Json.of(limits.world.api.as(Role.BROWSE_ONLY).get(points
                + "?from=2026-11-01T00:00:00Z&to=2026-12-31T00:00:00Z"));
        List<String> stored = new ArrayList<>();
        page.get("points").forEach(p -> stored.add(p.get("observedAt").asText() + "=" + p.get("value").asDouble()));
        assertAll(() -> assertEquals(200, saved.status(), saved.body()),
                () -> assertEquals(24, Json.of(saved).get("futureGraceHours").asInt()),
                () -> assertEquals(400, after.status(), after.body()),
                () -> assertEquals("observedAt", Json.of(after).get("errors").get(0).get("field").asText()),
                () -> assertEquals("Date the value before " + AFTER + ", the end of the current period plus any grace"
                        + " a Jira administrator allows: a value from the future cannot have been measured.",
                        Json.of(after).get("errors").get(0).get("message").asText()),
                () -> assertEquals(400, batch.status(), batch.body()),
                () -> assertEquals("points[1].observedAt", Json.of(batch).get("errors").get(0).get("field").asText()),
                () -> assertEquals(400, csv.status(), csv.body()),
                () -> assertEquals(3, Json.of(csv).get("errors").get(0).get("line").asInt()),
                () -> assertEquals(400, correctedAfter.status(), correctedAfter.body()),
                () -> assertEquals(200, correctedInside.status(), correctedInside.body()),
                () -> assertEquals(List.of("2026-12-01T20:00:00Z=7.0"), stored, "the one point, as corrected"),
                () -> assertEquals(1, limits.world.rowCounts().get("DataPointEntity")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void shouldRefuseAPointJustAfterTheCurrentPeriodUntilAnAdministratorAllowsAGrace(TestDatabase database) {
        limits = new EntryLimitsWorld(database);
        Api.Reply refused = point("2026-11-30T23:00:00Z");
        limits.saveLimits("\"futureGraceHours\":1");
        Api.Reply allowed = point("2026-11-30T23:00:00Z");
        Api.Reply blank = limits.saveLimits("");
        Api.Reply refusedAgain = point("2026-11-30T23:30:00Z");

        assertAll(() -> assertEquals(400, refused.status(), refused.body()),
                () -> assertEquals(200, allowed.status(), allowed.body()),
                () -> assertEquals(400, refusedAgain.status(), "a blank grace is none again"),
                () -> assertEquals(0, Json.of(blank).get("futureGraceHours").asInt()),
                () -> assertEquals(1, limits.world.rowCounts().get("DataPointEntity")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void shouldRefuseAGraceThatIsNegativeOrLongerThanAWeekNamingTheFieldAndSaveNothing(TestDatabase database) {
        limits = new EntryLimitsWorld(database);
        Api.Reply negative = limits.saveLimits("\"futureGraceHours\":-1");
        Api.Reply tooLong = limits.saveLimits("\"futureGraceHours\":169");
        Api.Reply notWhole = limits.saveLimits("\"futureGraceHours\":1.5");

        assertAll(() -> assertEquals(400, negative.status(), negative.body()),
                () -> assertEquals("futureGraceHours", Json.of(negative).get("errors").get(0).get("field").asText()),
                () -> assertEquals(400, tooLong.status(), tooLong.body()),
                () -> assertEquals("futureGraceHours", Json.of(tooLong).get("errors").get(0).get("field").asText()),
                () -> assertEquals(400, notWhole.status(), notWhole.body()),
                () -> assertEquals(0, limits.world.rowCounts().get("AutomationSettingsEntity")));
    }
}
