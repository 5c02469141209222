package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.Provenance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stakeholder packs over HTTP: produced by an editor, then read as HTML, PDF and CSV from the stored snapshot. */
class PackResourceTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"Q\"";

    private final RestWorld world = new RestWorld();
    private final Api editor = world.api.as(Role.EDITOR);

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void shouldProduceAPackAndServeItsHtmlPdfAndCsvEscaped() {
        int id = world.repository(MeasurementDefinitions.class).create(FakeJira.PROJECT.id(),
                new Ownership(FakeJira.IMPROVEMENT.id(), "seed"), new MeasurementDefinition("HOSTILE", HOSTILE, null, "%",
                        Direction.HIGHER_IS_BETTER, 80.0, null, 5, 60.0, Aggregation.AVERAGE, PeriodUnit.MONTH,
                        MeasurementSource.MANUAL, null, null), "seed").id();
        world.repository(DataPoints.class).record(id, new Provenance(MeasurementSource.MANUAL, "seed", 1),
                List.of(NewDataPoint.of(new DataPoint(Instant.parse("2026-05-10T12:00:00Z"), 70))));

        Api.Reply produced = editor.post("improvements/CSI-1/packs", null);
        JsonNode pack = Json.of(produced);
        Api.Reply html = world.api.as(Role.BROWSE_ONLY).get(pack.get("html").asText());
        Api.Reply pdf = world.api.as(Role.BROWSE_ONLY).get(pack.get("pdf").asText());
        Api.Reply csv = world.api.as(Role.BROWSE_ONLY).get(pack.get("csv").asText());
        JsonNode list = Json.of(world.api.get("improvements/1001/packs"));

        assertAll(() -> assertEquals(201, produced.status(), produced.body()),
                () -> assertEquals("user-editor", pack.get("createdBy").asText()),
                () -> assertEquals("pack:" + pack.get("id").asInt(), pack.get("reference").asText()),
                () -> assertTrue(html.contentType().startsWith("text/html"), html.contentType()),
                () -> assertFalse(html.body().contains("<script>"), html.body()),
                () -> assertTrue(html.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Q&quot;")),
                () -> assertTrue(pdf.body().startsWith("%PDF-"), pdf.contentType()),
                () -> assertTrue(csv.body().contains("HOSTILE,\"<script>alert('x')</script> & \"\"Q\"\"\""), csv.body()),
                () -> assertEquals(1, list.get("packs").size()));
    }

    @Test
    void shouldAnswerTheCyclesPackWhenAskedAgain() {
        int first = Json.of(editor.post("improvements/CSI-1/packs", null)).get("id").asInt();
        int again = Json.of(editor.post("improvements/CSI-1/packs", null)).get("id").asInt();

        assertAll(() -> assertEquals(first, again), () -> assertEquals(1, world.rowCounts().get("PackSnapshotEntity")));
    }

    @Test
    void shouldFindNoPackOfAnotherIssueKindOrId() {
        int id = Json.of(editor.post("improvements/CSI-1/packs", null)).get("id").asInt();

        assertAll(() -> assertEquals(404, editor.get("improvements/CSI-2/packs/" + id + "/html").status()),
                () -> assertEquals(404, editor.post("improvements/CSI-2/packs", null).status()),
                () -> assertEquals(404, editor.get("improvements/CSI-1/packs/99999/pdf").status()),
                () -> assertEquals(404, editor.get("improvements/CSI-1/packs/x/csv").status()),
                () -> assertEquals(403, world.api.as(Role.BROWSE_ONLY).post("improvements/CSI-1/packs", null).status()),
                () -> assertEquals(1, world.rowCounts().get("PackSnapshotEntity")));
    }

    @Test
    void shouldReportEveryPhaseExitWithItsEvidenceEscaped() {
        Api.Reply answered = editor.put("issues/CSI-2/evidence/lifecycle.planning-exit",
                "{\"answers\":[{\"itemKey\":\"scope\",\"state\":\"WRITTEN\",\"text\":\"<script>alert(1)</script> & co\"}]}");

        Api.Reply html = world.api.as(Role.BROWSE_ONLY).get("lifecycle-projects/CSI-2/phase-exit-report/html");
        Api.Reply pdf = world.api.as(Role.BROWSE_ONLY).get("lifecycle-projects/1002/phase-exit-report/pdf");
        Api.Reply notLifecycle = editor.get("lifecycle-projects/CSI-1/phase-exit-report/html");

        assertAll(() -> assertEquals(200, answered.status(), answered.body()),
                () -> assertEquals(200, html.status(), html.body()),
                () -> assertTrue(html.body().contains("Phase-exit report: CSI-2 New self-service portal"), html.body()),
                () -> assertTrue(html.body().contains("<h2>Plan complete</h2>"), html.body()),
                () -> assertTrue(html.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</td>"), html.body()),
                () -> assertFalse(html.body().contains("<script>"), html.body()),
                () -> assertTrue(html.body().contains("Not passed yet."), html.body()),
                () -> assertTrue(pdf.body().startsWith("%PDF-")),
                () -> assertEquals(404, notLifecycle.status()));
    }
}
