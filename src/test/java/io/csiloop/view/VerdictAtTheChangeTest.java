package io.csiloop.view;

import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.kernel.MessageSource;
import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.kpi.VerdictReason;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.Issues;
import io.csiloop.preview.SeededDemo;
import io.csiloop.preview.render.PreviewI18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Did it work?" on the Improvement panel is the verdict the gate of step 7, the pack and REST read
 * ({@link ChangeVerdicts}), in the pack's words: the seeded SVC-3 (Improved) shows its first-contact resolution
 * Improved with the shift and its interval and the day it went live; before step 7 the panel asks nothing; a measure
 * without a verdict says why; a go-live not recorded asks for the real date; every text is escaped.
 */
class VerdictAtTheChangeTest {

    private static final MessageSource WORDS = PreviewI18n.standard();
    @RegisterExtension
    static final SeededDemo demo = new SeededDemo();

    @Test
    void svc3ShowsItsMeasureImprovedInThePacksWords() throws Exception {
        ImprovementPanel panel = demo.as("viewer", () -> demo.get(ImprovementPanels.class).of(demo.get(Issues.class).byId(10_003L).orElseThrow())).orElseThrow();
        StoredDefinition fcr = demo.get(KpiReadings.class).ofImprovement(10_003L).get(0).definition();
        ChangeVerdict verdict = demo.get(ChangeVerdicts.class).of(List.of(fcr), 1).get(0);
        VerdictRow row = panel.verdicts().get(0);

        String html = render(panel);

        assertAll(() -> assertEquals(1, panel.verdicts().size(), panel.verdicts().toString()),
                () -> assertEquals("First-contact resolution", row.name()),
                () -> assertEquals("Improved", row.verdictLabel()),
                () -> assertEquals("success", row.verdictStyle()),
                () -> assertEquals(VerdictReason.in(verdict.reasons(), WORDS), row.reasons(), "the pack's sentence"),
                () -> assertTrue(row.reasons().startsWith("Improved: after the change on "), row.reasons()),
                () -> assertTrue(row.shift().matches("Shift \\+1\\d(\\.\\d+)? \\(95 % CI "
                        + "\\+\\d+(\\.\\d+)? to \\+\\d+(\\.\\d+)?\\)"), row.shift()),
                () -> assertTrue(row.goLive().matches("Go-live 2026-\\d\\d-\\d\\d \\(recorded\\)"), row.goLive()),
                () -> assertTrue(html.contains("<h3 id=\"csiloop-verdicts-SVC-3\">[csiloop.ui.verdict.heading]</h3>"),
                        html),
                () -> assertTrue(html.contains("<span class=\"aui-lozenge aui-lozenge-success csiloop-verdict-label\">"
                        + "Improved</span>"), html),
                () -> assertTrue(html.contains("<p class=\"csiloop-verdict-reasons\">" + row.reasons() + "</p>"), html));
    }

    @Test
    void beforeStepSevenThePanelAsksNothing() throws Exception {
        ImprovementPanel collecting = demo.as("viewer", () -> demo.get(ImprovementPanels.class).of(demo.get(Issues.class).byId(10_002L).orElseThrow()))
                .orElseThrow();

        assertAll(() -> assertNull(collecting.verdicts(), "SVC-2 collects data"),
                () -> assertFalse(render(collecting).contains("csiloop-verdicts"), "no section"));
    }

    @Test
    void aMeasureWithoutAVerdictSaysWhyAndAGoLiveNotRecordedAsksForTheDate() {
        MeasurementDefinition fcr = demo.get(KpiReadings.class).ofImprovement(10_003L).get(0).definition().definition();
        Instant monday = Instant.parse("2026-11-23T10:00:00Z");
        VerdictRow noGoLive = VerdictRow.of("FCR", ChangeVerdict.ofCycle(fcr, List.of(), ProcessChanges.none(), 2,
                SeededDemo.NOW, ZoneOffset.UTC), WORDS, ZoneOffset.UTC);
        VerdictRow entered = VerdictRow.of("FCR", ChangeVerdict.ofCycle(fcr, List.of(),
                new ProcessChanges(List.of(new GoLive("SVC-3", 1, monday, false)), List.of()), 1, SeededDemo.NOW, ZoneOffset.UTC),
                WORDS, ZoneOffset.UTC);

        assertAll(() -> assertEquals("No verdict: cycle 2 has no go-live yet.", noGoLive.reasons()),
                () -> assertEquals("", noGoLive.verdictLabel(), "no lozenge"),
                () -> assertEquals("", noGoLive.goLive()),
                () -> assertEquals("", noGoLive.shift()),
                () -> assertEquals("Go-live 2026-11-23 (entry into step 7; record the go-live date)", entered.goLive()),
                () -> assertTrue(entered.reasons().startsWith("No verdict yet: no complete period since the change"),
                        entered.reasons()));
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        ImprovementPanel svc3 = demo.as("viewer", () -> demo.get(ImprovementPanels.class).of(demo.get(Issues.class).byId(10_003L).orElseThrow())).orElseThrow();
        String hostile = "<img src=x onerror=alert(1)>";
        ImprovementPanel panel = new ImprovementPanel(svc3.issue(), true, svc3.stage(), svc3.cycle(), svc3.steps(),
                svc3.guidance(), svc3.gate(), svc3.packs(), svc3.kpis(), svc3.register(), svc3.mayRecord(),
                svc3.passedGates(), List.of(new VerdictRow(hostile, hostile, "", hostile, hostile, hostile)));

        String html = render(panel);

        assertAll(() -> assertFalse(html.contains(hostile), html),
                () -> assertEquals(5, html.split("&lt;img src=x onerror=alert\\(1\\)&gt;", -1).length - 1, html));
    }

    private static String render(ImprovementPanel panel) throws Exception {
        return new JiraVelocity().templateRenderer("templates/panels/improvement.vm",
                Map.of("panel", panel, "contextPath", "/jira"));
    }
}
