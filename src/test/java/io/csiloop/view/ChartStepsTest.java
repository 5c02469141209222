package io.csiloop.view;

import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.port.Issues;
import io.csiloop.preview.SeededDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Improvement panel draws the control charts from step 4 to step 7 and at Improved, nowhere else: the seeded
 * SVC-3 (Improved) has a container per measure, with the definition's id and REST path; SVC-2 (Collect data) none.
 */
class ChartStepsTest {

    @RegisterExtension
    static final SeededDemo demo = new SeededDemo();

    @Test
    void shouldShowTheChartsFromProcessDataToImproved() {
        List<ImprovementStatus> charted = Arrays.stream(ImprovementStatus.values()).filter(ChartSteps::shownAt).toList();

        assertEquals(List.of(ImprovementStatus.PROCESS_DATA, ImprovementStatus.ANALYSE_DATA,
                ImprovementStatus.PRESENT_KNOWLEDGE, ImprovementStatus.IMPLEMENT_IMPROVEMENTS,
                ImprovementStatus.IMPROVED), charted);
    }

    @Test
    void shouldGiveEachMeasureOfAnImprovedImprovementAChartContainer() throws Exception {
        ImprovementPanel svc3 = panel(10_003L);
        KpiRow fcr = svc3.kpis().get(0);

        String html = render(svc3);

        assertTrue(svc3.isShowCharts());
        assertEquals(1, html.split("class=\"csiloop-panel-chart\"", -1).length - 1, html);
        assertTrue(html.contains("data-definition-id=\"" + fcr.definitionId() + "\" data-definition-path=\"projects/SVC"
                + "/definitions/" + fcr.definitionId() + "\""), html);
    }

    @Test
    void shouldDrawNoChartWhileTheDataIsStillCollected() throws Exception {
        ImprovementPanel svc2 = panel(10_002L);

        assertFalse(svc2.isShowCharts());
        assertFalse(render(svc2).contains("csiloop-charts"));
    }

    private static ImprovementPanel panel(long issueId) throws Exception {
        return demo.as("viewer", () -> demo.get(ImprovementPanels.class).of(demo.get(Issues.class).byId(issueId).orElseThrow())).orElseThrow();
    }

    private static String render(ImprovementPanel panel) throws Exception {
        return new JiraVelocity().templateRenderer("templates/panels/improvement.vm",
                Map.of("panel", panel, "contextPath", "/jira"));
    }
}
