package io.csiloop.view.automation;

import io.csiloop.application.automation.ProjectAutomation;
import io.csiloop.application.automation.ProjectAutomations;
import io.csiloop.kernel.MessageSource;
import io.csiloop.port.ProjectRef;

/**
 * Builds a project's automation page from what the application reads of it ({@link ProjectAutomations}, which
 * checks that the current user may administer the project: {@link io.csiloop.port.AccessDenied} otherwise).
 */
public final class ProjectAutomationPages {

    private final ProjectAutomations automations;
    private final MessageSource messages;

    public ProjectAutomationPages(ProjectAutomations automations, MessageSource messages) {
        this.automations = automations;
        this.messages = messages;
    }

    public ProjectAutomationPage page(ProjectRef project) {
        ProjectAutomation automation = automations.of(project.id());
        var zone = automation.effective().zone();
        var rows = automation.measurements().stream().map(m -> new DefinitionRow(m.definition(), m.automation(),
                m.overdue(), zone, messages)).toList();
        return new ProjectAutomationPage(project, automation.own(), automation.global(),
                Times.lastRun(automation.lastRun(), zone, messages), rows, messages);
    }
}
