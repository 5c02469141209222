package io.csiloop.view;

import io.csiloop.jira.workflow.GateChoice;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test renderer holds templates to Jira's rules, so that a template test can fail as Jira would. */
class JiraVelocityTest {

    @Test
    void aMethodOfThePluginMissingFromTheAllowlistFailsTheRendering() {
        Exception refused = assertThrows(Exception.class, () -> new JiraVelocity()
                .render("io/csiloop/jira/web/not-allowlisted.vm", Map.of("gate", new GateChoice("a", "b"))));

        assertTrue(String.valueOf(refused.getMessage()).contains("GateChoice#hashCode() is not on the Velocity allowlist")
                || String.valueOf(refused.getCause()).contains("is not on the Velocity allowlist"), refused::toString);
    }

    @Test
    void aNameTheContextDoesNotHoldFailsTheRendering() {
        Exception refused = assertThrows(Exception.class, () -> new JiraVelocity()
                .workflowView("templates/workflow/gate-condition-view.vm", Map.of()));

        assertTrue(String.valueOf(refused.getMessage()).contains("$gate"), refused::toString);
    }

    @Test
    void everyAllowlistEntryNamesAMethodThatExists() throws Exception {
        for (String entry : JiraVelocity.allowlist()) {
            String[] parts = entry.split("#");
            String name = parts[1].substring(0, parts[1].indexOf('('));
            String params = parts[1].substring(parts[1].indexOf('(') + 1, parts[1].length() - 1).strip();
            Class<?>[] types = params.isEmpty() ? new Class<?>[0]
                    : java.util.Arrays.stream(params.split(" ")).map(JiraVelocityTest::load).toArray(Class<?>[]::new);
            load(parts[0]).getMethod(name, types);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("allowlisted class " + name + " does not exist", e);
        }
    }
}
