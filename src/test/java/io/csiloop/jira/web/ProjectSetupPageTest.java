package io.csiloop.jira.web;

import io.csiloop.kernel.EnglishMessages;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.SchemeChange;
import io.csiloop.port.SetupBlocker;
import io.csiloop.port.SetupPlan;
import io.csiloop.view.JiraVelocity;
import io.csiloop.view.ProjectSetupPage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page as Jira would render it: Velocity 1.7, escaping, the allowlist. */
class ProjectSetupPageTest {

    private static final ProjectRef OPS = new ProjectRef(10_000L, "OPS", "Ops <script>alert(1)</script>");
    private static final ProjectRef HR = new ProjectRef(10_001L, "HR", "People & Culture");

    @Test
    void showsTheSharedChangesWithAConfirmationAndEscapesEveryName() throws Exception {
        SetupPlan plan = new SetupPlan(OPS, List.of(new SchemeChange(SchemeChange.Kind.MAP_WORKFLOWS, "Shared \"flows\"",
                List.of("Lifecycle Project", "Improvement"), List.of(HR), false)), List.of());

        String html = render(plan);

        assertTrue(html.contains("<title>Enable CSI Loop for Ops &lt;script&gt;alert(1)&lt;/script&gt;</title>"), html);
        assertFalse(html.contains("<script>alert(1)"), "no user text reaches the page unescaped");
        assertTrue(html.contains("<li>Map Lifecycle Project, Improvement to the CSI Loop workflows in the workflow scheme "
                + "&quot;Shared &quot;flows&quot;&quot;. These projects use the same scheme and get the change too: "
                + "People &amp; Culture (HR).</li>"), html);
        assertTrue(html.contains("id=\"csiloop-confirm-shared\""), html);
        assertTrue(html.contains("data-rest-path=\"projects/OPS/setup\""), html);
        assertTrue(html.contains("id=\"csiloop-enable\""), html);
    }

    @Test
    void aPlanWithoutSharedSchemesNeedsNoConfirmation() throws Exception {
        String html = render(new SetupPlan(OPS, List.of(new SchemeChange(SchemeChange.Kind.ADD_ISSUE_TYPES, "OPS types",
                List.of("Improvement"), List.of(), false)), List.of()));

        assertFalse(html.contains("csiloop-confirm-shared"), html);
        assertTrue(html.contains("id=\"csiloop-enable\""), html);
    }

    @Test
    void blockersReplaceTheButton() throws Exception {
        String html = render(new SetupPlan(OPS, List.of(), List.of(new SetupBlocker("Improvement", "jira", "OPS flows"))));

        assertTrue(html.contains("The issue type Improvement is already used in this project with the workflow"), html);
        assertFalse(html.contains("csiloop-enable"), html);
    }

    @Test
    void anEnabledProjectSaysSo() throws Exception {
        String html = render(new SetupPlan(OPS, List.of(), List.of()));

        assertTrue(html.contains("CSI Loop is enabled for this project"), html);
        assertFalse(html.contains("csiloop-enable"), html);
    }

    private static String render(SetupPlan plan) throws Exception {
        return new JiraVelocity().render(ProjectSetupServlet.TEMPLATE,
                Map.of("page", ProjectSetupPage.of(plan, new EnglishMessages())));
    }
}
