package io.csiloop.lifecycle;

import io.csiloop.process.WorkflowModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks that hold workflow XML and model together do catch drift, on either side. */
class WorkflowDriftTest {

    private static final WorkflowModel LIFECYCLE = ProjectLifecycle.WORKFLOW;
    private static final String XML = WorkflowXml.textOf(LIFECYCLE);

    private static String without(String xml, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(xml);
        assertTrue(matcher.find(), () -> "the lifecycle XML no longer holds " + regex);
        return matcher.replaceFirst("");
    }

    private static List<String> drift(WorkflowModel model, String xml) throws Exception {
        return WorkflowDrift.between(model, WorkflowXml.load(xml), new CsiloopMessages());
    }

    private static List<String> problems(String xml) throws Exception {
        return WorkflowStructure.problems(WorkflowXml.load(xml));
    }

    @Test
    void reportsATransitionMissingFromTheXml() throws Exception {
        String xml = without(XML, "(?s)<action id=\"41\".*?</action>");

        assertEquals(List.of("transition resume-executing is in the model but not in the XML"), drift(LIFECYCLE, xml));
    }

    @Test
    void reportsATransitionMissingFromTheModel() throws Exception {
        WorkflowModel model = new WorkflowModel(LIFECYCLE.key(), LIFECYCLE.nameKey(), LIFECYCLE.initial(),
                LIFECYCLE.statuses(), LIFECYCLE.transitions().stream()
                .filter(t -> t != LifecycleTransition.RESUME_EXECUTING).toList());

        assertEquals(List.of("transition resume-executing is in the XML but not in the model"), drift(model, XML));
    }

    @Test
    void reportsAGateValidatorMissingFromTheXml() throws Exception {
        String xml = without(XML, "(?s)<validators>\\s*<validator name=\"\" type=\"class\">\\s*"
                + "<arg name=\"class.name\">io.csiloop.jira.workflow.GateValidator</arg>\\s*"
                + "<arg name=\"csiloop.gate\">lifecycle.initiation-exit</arg>.*?</validators>");

        List<String> drift = drift(LIFECYCLE, xml);

        assertEquals(1, drift.size(), drift::toString);
        assertTrue(drift.get(0).startsWith("transition start-planning differs"), drift::toString);
    }

    @Test
    void reportsACancelNoLongerOfferedFromAPhase() throws Exception {
        String xml = without(XML, "<common-action id=\"91\"/>");

        List<String> drift = drift(LIFECYCLE, xml);

        assertEquals(1, drift.size(), drift::toString);
        assertTrue(drift.get(0).startsWith("transition cancel differs"), drift::toString);
    }

    @Test
    void reportsAResultLeadingToNoStep() throws Exception {
        // Cancel project, a common action, is the first to lead to step 6.
        String xml = XML.replaceFirst("status=\"Done\" step=\"6\">", "status=\"Done\" step=\"7\">");

        assertEquals(List.of("action 91 \"Cancel project\" leads to step 7, which does not exist"), problems(xml));
    }

    @Test
    void reportsStepsThatCannotBeReached() throws Exception {
        String xml = without(XML, "(?s)<action id=\"31\".*?</action>");

        assertEquals(List.of(
                "step 4 \"Monitor and Control\" cannot be reached from the initial action",
                "step 5 \"Closing\" cannot be reached from the initial action"), problems(xml));
    }

    @Test
    void reportsAStepWithoutJiraStatusId() throws Exception {
        String xml = without(XML, "<meta name=\"jira.status.id\">@csiloop.status.closed@</meta>");

        assertEquals(List.of("step 6 \"Closed\" has no jira.status.id meta"), problems(xml));
    }

    @Test
    void reportsSystemPostFunctionsOutOfJirasOrder() throws Exception {
        String reindex = "<function type=\"class\">\\s*<arg name=\"class.name\">"
                + "com.atlassian.jira.workflow.function.issue.IssueReindexFunction</arg>\\s*</function>";
        Matcher closeProject = Pattern.compile("(?s)(<action id=\"61\".*?)" + reindex).matcher(XML);
        assertTrue(closeProject.find(), "Close project should reindex");
        String xml = closeProject.replaceFirst("$1");

        List<String> problems = WorkflowSystemFunctions.problems(LIFECYCLE, WorkflowXml.load(xml));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("action 61 \"Close project\" runs"), problems::toString);
    }

    @Test
    void reportsAResolutionThatIsNotSetOnTheWayIntoDone() throws Exception {
        String xml = XML.replace("@csiloop.resolution.done@", "@csiloop.resolution.cancelled@");

        List<String> problems = WorkflowSystemFunctions.problems(LIFECYCLE, WorkflowXml.load(xml));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("@csiloop.resolution.done@"), problems::toString);
    }

    @Test
    void loadingValidatesAgainstTheDtd() {
        String xml = XML.replace("<step id=\"6\" name=\"Closed\">", "<step id=\"6\" name=\"Closed\" colour=\"green\">");

        Exception refused = assertThrows(Exception.class, () -> WorkflowXml.load(xml));
        assertTrue(String.valueOf(refused.getMessage()).contains("colour"), refused::toString);
    }
}
