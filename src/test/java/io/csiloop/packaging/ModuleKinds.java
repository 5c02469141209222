package io.csiloop.packaging;

import java.util.Map;

/**
 * Which Jira type each class-naming element of atlassian-plugin.xml must implement. The types are named,
 * not referenced, so that the check also reports a module whose Jira type has no stand-in yet.
 */
final class ModuleKinds {

    /** Element name to the type its {@code class} attribute must be assignable to. */
    static final Map<String, String> CLASS_ATTRIBUTES = Map.of(
            "workflow-function", "com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory",
            "workflow-validator", "com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory",
            "workflow-condition", "com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory",
            "context-provider", "com.atlassian.plugin.web.ContextProvider",
            "condition", "com.atlassian.plugin.web.Condition",
            "servlet", "jakarta.servlet.http.HttpServlet",
            "web-panel", "com.atlassian.plugin.web.api.model.WebPanel");

    /** Element whose text is a class name, to the type that class must be assignable to. */
    static final Map<String, String> CLASS_ELEMENTS = Map.of(
            "function-class", "com.opensymphony.workflow.FunctionProvider",
            "validator-class", "com.opensymphony.workflow.Validator",
            "condition-class", "com.opensymphony.workflow.Condition",
            "entity", "net.java.ao.RawEntity",
            "upgradeTask", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask");

    /** Module classes Jira instantiates itself must be injectable: public, concrete, one public constructor. */
    static boolean isInstantiatedByJira(String element) {
        return !element.equals("entity");
    }

    private ModuleKinds() {
    }
}
