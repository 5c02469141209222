package io.csiloop.view;

import io.csiloop.application.pack.StoredPacks;
import io.csiloop.application.process.IssueProcesses;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.improvement.SevenStepImprovement;
import io.csiloop.kernel.MessageSource;
import io.csiloop.measure.ReportingZone;
import io.csiloop.port.Access;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.Projects;

import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link ImprovementPanel} of an Improvement issue from its place in the process, its register entry, its
 * KPIs and, at step 6, the stakeholder packs of its cycle.
 */
public final class ImprovementPanels {

    private final Issues issues;
    private final Projects projects;
    private final Access access;
    private final IssueProcesses processes;
    private final KpiTable kpis;
    private final GateChecklists gates;
    private final StoredPacks packs;
    private final MessageSource messages;
    private final ReportingZone zone;

    public ImprovementPanels(Issues issues, Projects projects, Access access, IssueProcesses processes, KpiTable kpis,
                             GateChecklists gates, StoredPacks packs, MessageSource messages, ReportingZone zone) {
        this.issues = issues;
        this.projects = projects;
        this.access = access;
        this.processes = processes;
        this.kpis = kpis;
        this.gates = gates;
        this.packs = packs;
        this.messages = messages;
        this.zone = zone;
    }

    /** The panel of the issue; empty when it does not exist or the viewer may not browse its project. */
    public Optional<ImprovementPanel> of(long issueId) {
        return issues.byId(issueId).filter(i -> access.currentUserMay(ProjectAccess.BROWSE, i.projectId())).map(this::panel);
    }

    private ImprovementPanel panel(IssueRef issue) {
        PanelIssue ref = new PanelIssue(issue.id(), issue.key(), projects.byId(issue.projectId()).map(p -> p.key()).orElse(""));
        Optional<RegisterEntry> entry = processes.registerEntry(issue);
        int cycle = entry.map(RegisterEntry::cycle).orElse(1);
        RegisterForm form = RegisterForm.of(entry, messages);
        List<KpiRow> rows = kpis.ofImprovement(issue.id(), messages);
        boolean mayRecord = access.currentUserMay(ProjectAccess.EDIT, issue.projectId());
        Optional<ImprovementStatus> step = processes.step(issue);
        if (step.isEmpty()) {
            return new ImprovementPanel(ref, false, "", cycle, List.of(), null, null, null, rows, form, mayRecord,
                    List.of());
        }
        String stage = step.get().pdcaStage().map(s -> messages.text(s.nameKey(), List.of())).orElse("");
        StakeholderPackSection section = step.get() == ImprovementStatus.PRESENT_KNOWLEDGE
                ? StakeholderPackSection.of(packs.ofImprovement(issue.id()), cycle, mayRecord, zone.zone()) : null;
        return new ImprovementPanel(ref, true, stage, cycle,
                Trackers.improvement(step.get(), messages), GuidanceView.of(step.get(), messages),
                gates.ahead(issue.id(), SevenStepImprovement.WORKFLOW, step.get()).orElse(null), section, rows, form,
                mayRecord, gates.passed(issue.id(), SevenStepImprovement.WORKFLOW));
    }
}
