package io.csiloop.view;

import io.csiloop.application.process.IssueProcesses;
import io.csiloop.kernel.MessageSource;
import io.csiloop.lifecycle.LifecyclePhase;
import io.csiloop.lifecycle.ProjectLifecycle;
import io.csiloop.port.Access;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.Projects;

import java.util.List;
import java.util.Optional;

/** Builds the {@link LifecyclePanel} of a Lifecycle Project issue from the process model. */
public final class LifecyclePanels {

    private final Projects projects;
    private final Access access;
    private final IssueProcesses processes;
    private final GateChecklists gates;
    private final MessageSource messages;

    public LifecyclePanels(Projects projects, Access access, IssueProcesses processes, GateChecklists gates,
                           MessageSource messages) {
        this.projects = projects;
        this.access = access;
        this.processes = processes;
        this.gates = gates;
        this.messages = messages;
    }

    /** The panel of an issue already read (the content endpoint's): empty when the viewer may not browse it. */
    public Optional<LifecyclePanel> of(IssueRef issue) {
        return Optional.of(issue).filter(i -> access.currentUserMay(ProjectAccess.BROWSE, i.projectId())).map(this::panel);
    }

    private LifecyclePanel panel(IssueRef issue) {
        PanelIssue ref = new PanelIssue(issue.id(), issue.key(), projects.byId(issue.projectId()).map(p -> p.key()).orElse(""));
        boolean mayEdit = access.currentUserMay(ProjectAccess.EDIT, issue.projectId());
        Optional<LifecyclePhase> phase = processes.phase(issue);
        return new LifecyclePanel(ref, phase.isPresent(),
                phase.map(p -> Trackers.lifecycle(p, messages)).orElse(List.of()),
                phase.map(p -> GuidanceView.of(p, messages)).orElse(null),
                phase.flatMap(p -> gates.ahead(issue.id(), ProjectLifecycle.WORKFLOW, p)).orElse(null), mayEdit,
                gates.passed(issue.id(), ProjectLifecycle.WORKFLOW),
                mayEdit && phase.filter(LifecyclePhase.LESSONS_FROM::contains).isPresent());
    }
}
