package io.csiloop.application.setup;

import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import com.opensymphony.workflow.loader.WorkflowLoader;
import io.csiloop.process.StatusCategory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsiLoopSetupTest {

    private final FakeSetupCatalog jira = new FakeSetupCatalog();
    private final CsiLoopSetup setup = new CsiLoopSetup(jira);

    @Test
    void firstRunCreatesEverythingCsiLoopNeeds() {
        SetupReport report = setup.ensure();

        assertEquals(List.of("Lifecycle Project", "Improvement"), List.copyOf(jira.issueTypes.keySet()));
        assertEquals(List.of("Done", "Cancelled", "Rejected"), List.copyOf(jira.resolutions.keySet()));
        assertEquals(15, jira.statuses.size(), jira.statuses::toString);
        assertEquals(StatusCategory.TO_DO, jira.statusCategories.get("Initiation"));
        assertEquals(StatusCategory.IN_PROGRESS, jira.statusCategories.get("Monitor & Control"));
        assertEquals(StatusCategory.DONE, jira.statusCategories.get("Rejected"));
        assertEquals(List.of("CSI Loop: Project Lifecycle", "CSI Loop: Seven-Step Improvement"), List.copyOf(jira.workflows.keySet()));
        assertEquals(Map.of(jira.issueTypes.get("Lifecycle Project"), "CSI Loop: Project Lifecycle",
                jira.issueTypes.get("Improvement"), "CSI Loop: Seven-Step Improvement"), jira.schemes.get("CSI Loop"));
        assertEquals(jira.creations.size(), report.created().size());
        assertEquals(List.of(), report.reused());
    }

    @Test
    void secondRunCreatesNothingAndFindsTheSameInstallation() {
        setup.ensure();
        List<String> afterFirst = List.copyOf(jira.creations);
        Installation first = setup.installed().orElseThrow();

        SetupReport second = setup.ensure();

        assertEquals(afterFirst, jira.creations, "a second run must not create anything");
        assertEquals(List.of(), second.created());
        assertEquals(afterFirst.size(), second.reused().size());
        assertEquals(first, setup.installed().orElseThrow());
    }

    @Test
    void reusesWhatJiraAlreadyHasAndLeavesItAsItIs() {
        jira.issueTypes.put("improvement", "4");
        jira.statuses.put("Closed", "6");
        jira.resolutions.put("Done", "10000");

        setup.ensure();

        assertEquals("4", jira.issueTypes.get("improvement"));
        assertFalse(jira.issueTypes.containsKey("Improvement"), "found ignoring case, as Jira compares names");
        assertFalse(jira.creations.contains("status Closed"));
        assertTrue(jira.workflows.get("CSI Loop: Project Lifecycle").contains("<arg name=\"field.value\">10000</arg>"));
        assertEquals("CSI Loop: Seven-Step Improvement", jira.schemes.get("CSI Loop").get("4"));
    }

    @Test
    void theWorkflowsCarryTheRealStatusIdsAndNoTokens() throws Exception {
        setup.ensure();

        for (String xml : jira.workflows.values()) {
            assertFalse(java.util.regex.Pattern.compile("@csiloop\\.\\w+\\.[a-z-]+@").matcher(xml).find(), "every token replaced");
            WorkflowDescriptor workflow = WorkflowLoader.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            for (Object step : workflow.getSteps()) {
                String statusId = (String) ((StepDescriptor) step).getMetaAttributes().get("jira.status.id");
                assertTrue(jira.statuses.containsValue(statusId), () -> "step " + ((StepDescriptor) step).getName() + " -> " + statusId);
            }
        }
    }

    @Test
    void nothingIsInstalledUntilSetupHasRun() {
        assertTrue(setup.installed().isEmpty());
    }
}
