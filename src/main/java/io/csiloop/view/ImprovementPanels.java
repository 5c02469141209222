package io.csiloop.view;

import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.application.kpi.MeasureReading;
import io.csiloop.application.pack.StoredPacks;
import io.csiloop.application.process.IssueProcesses;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.improvement.SevenStepImprovement;
import io.csiloop.kernel.MessageSource;
import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.pack.StoredPack;
import io.csiloop.port.Access;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.Projects;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Builds the {@link ImprovementPanel} of an Improvement issue from its place in the process, its register entry, its
 * KPIs, at step 6 the stakeholder packs of its cycle and, from step 7 on, each measure's verdict at the cycle's
 * go-live ({@link ChangeVerdicts}: the one the gate, the pack and REST read).
 */
public final class ImprovementPanels {

    /** Where "Did it work?" is asked: once the change is going live, and after. */
    private static final EnumSet<ImprovementStatus> AT_THE_CHANGE =
            EnumSet.of(ImprovementStatus.IMPLEMENT_IMPROVEMENTS, ImprovementStatus.IMPROVED);

    private final Projects projects;
    private final Access access;
    private final IssueProcesses processes;
    private final KpiReadings readings;
    private final GateChecklists gates;
    private final StoredPacks packs;
    private final MessageSource messages;
    private final ReportingZone zone;
    private final ChangeVerdicts verdicts;

    public ImprovementPanels(Projects projects, Access access, IssueProcesses processes,
                             KpiReadings readings, GateChecklists gates, StoredPacks packs, MessageSource messages,
                             ReportingZone zone, ChangeVerdicts verdicts) {
        this.projects = projects;
        this.access = access;
        this.processes = processes;
        this.readings = readings;
        this.gates = gates;
        this.packs = packs;
        this.messages = messages;
        this.zone = zone;
        this.verdicts = verdicts;
    }

    /** The panel of an issue already read (the content endpoint's): empty when the viewer may not browse it. */
    public Optional<ImprovementPanel> of(IssueRef issue) {
        return Optional.of(issue).filter(i -> access.currentUserMay(ProjectAccess.BROWSE, i.projectId())).map(this::panel);
    }

    private ImprovementPanel panel(IssueRef issue) {
        PanelIssue ref = new PanelIssue(issue.id(), issue.key(), projects.byId(issue.projectId()).map(p -> p.key()).orElse(""));
        Optional<RegisterEntry> entry = processes.registerEntry(issue);
        int cycle = entry.map(RegisterEntry::cycle).orElse(1);
        Optional<ImprovementStatus> step = processes.step(issue);
        RegisterForm form = RegisterForm.of(entry, step.orElse(null) == ImprovementStatus.IMPROVED, messages);
        // one reading of the measures serves the KPI rows and the verdicts
        List<MeasureReading> measures = readings.ofImprovement(issue.id());
        List<KpiRow> rows = KpiTable.rows(measures, messages);
        boolean mayRecord = access.currentUserMay(ProjectAccess.EDIT, issue.projectId());
        if (step.isEmpty()) {
            return new ImprovementPanel(ref, false, "", cycle, List.of(), null, null, null, rows, form, mayRecord,
                    List.of(), null);
        }
        String stage = step.get().pdcaStage().map(s -> messages.text(s.nameKey(), List.of())).orElse("");
        List<StoredPack> stored = packs.ofImprovement(issue.id());
        PackLinks links = PackLinks.of(stored, cycle, zone.zone());
        StakeholderPackSection section = step.get() == ImprovementStatus.PRESENT_KNOWLEDGE
                ? StakeholderPackSection.of(stored, cycle, mayRecord, zone.zone()) : null;
        return new ImprovementPanel(ref, true, stage, cycle,
                Trackers.improvement(step.get(), messages), GuidanceView.of(step.get(), messages),
                gates.ahead(issue.id(), SevenStepImprovement.WORKFLOW, step.get(), links).orElse(null), section,
                rows, form, mayRecord, gates.passed(issue.id(), SevenStepImprovement.WORKFLOW, links),
                AT_THE_CHANGE.contains(step.get()) ? verdicts(measures, cycle) : null,
                NextMove.from(step.get(), new ImprovementCycle(cycle), messages), ChartSteps.shownAt(step.get()));
    }

    private List<VerdictRow> verdicts(List<MeasureReading> readings, int cycle) {
        List<StoredDefinition> measures = readings.stream().map(MeasureReading::definition).toList();
        List<ChangeVerdict> judged = verdicts.of(measures, cycle);
        return IntStream.range(0, measures.size()).mapToObj(i -> VerdictRow.of(
                measures.get(i).definition().name(), judged.get(i), messages, zone.zone())).toList();
    }
}
