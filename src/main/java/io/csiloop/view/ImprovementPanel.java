package io.csiloop.view;

import java.util.List;

/**
 * Everything the Improvement panel shows, ready to print: where the improvement stands in the seven steps and
 * the Deming cycle, what to do now, and its KPIs. Immutable; every method here is in the velocity allowlist.
 *
 * @param recognised whether the issue's status is one of the seven-step workflow's (else only a notice shows)
 * @param gate       the gate ahead, or null when none guards the way forward
 * @param packs      the current cycle's stakeholder packs at step 6, or null at every other step
 * @param register   the improvement's CSI register fields
 * @param mayRecord  whether the viewer may record values and edit or amend evidence (Jira's "Edit Issues")
 * @param passedGates the gates the improvement has passed in its current cycle, their evidence locked, with its history
 * @param verdicts   "Did it work?": each measure's verdict at the current cycle's go-live, from step 7 on and at
 *                   Improved; null at every other step
 * @param nextMoves  what "Confirm improvement" and "Start next cycle" will do, at step 7 and at Improved; empty elsewhere
 * @param showCharts whether the panel draws each measure's control chart (steps 4 to 7 and Improved: {@link ChartSteps})
 */
public record ImprovementPanel(PanelIssue issue, boolean recognised, String stage,
                               int cycle, List<TrackerStep> steps, GuidanceView guidance, GateChecklist gate,
                               StakeholderPackSection packs, List<KpiRow> kpis, RegisterForm register, boolean mayRecord,
                               List<GateChecklist> passedGates, List<VerdictRow> verdicts, List<NextMove> nextMoves,
                               boolean showCharts) {

    public ImprovementPanel {
        nextMoves = List.copyOf(nextMoves);
        passedGates = List.copyOf(passedGates);
        steps = List.copyOf(steps);
        kpis = List.copyOf(kpis);
        verdicts = verdicts == null ? null : List.copyOf(verdicts);
    }

    /** A panel without control charts (before step 4, at Rejected, or an unrecognised status). */
    public ImprovementPanel(PanelIssue issue, boolean recognised, String stage, int cycle, List<TrackerStep> steps,
                            GuidanceView guidance, GateChecklist gate, StakeholderPackSection packs, List<KpiRow> kpis,
                            RegisterForm register, boolean mayRecord, List<GateChecklist> passedGates,
                            List<VerdictRow> verdicts, List<NextMove> nextMoves) {
        this(issue, recognised, stage, cycle, steps, guidance, gate, packs, kpis, register, mayRecord, passedGates,
                verdicts, nextMoves, false);
    }

    /** A panel that says nothing about the transitions ahead (before step 7, or an unrecognised status). */
    public ImprovementPanel(PanelIssue issue, boolean recognised, String stage, int cycle, List<TrackerStep> steps,
                            GuidanceView guidance, GateChecklist gate, StakeholderPackSection packs, List<KpiRow> kpis,
                            RegisterForm register, boolean mayRecord, List<GateChecklist> passedGates,
                            List<VerdictRow> verdicts) {
        this(issue, recognised, stage, cycle, steps, guidance, gate, packs, kpis, register, mayRecord, passedGates,
                verdicts, List.of());
    }

    public PanelIssue getIssue() {
        return issue;
    }

    public boolean isRecognised() {
        return recognised;
    }

    public String getStage() {
        return stage;
    }

    public int getCycle() {
        return cycle;
    }

    public List<TrackerStep> getSteps() {
        return steps;
    }

    public GuidanceView getGuidance() {
        return guidance;
    }

    public GateChecklist getGate() {
        return gate;
    }

    public StakeholderPackSection getPacks() {
        return packs;
    }

    public List<KpiRow> getKpis() {
        return kpis;
    }

    /** Whether the improvement has at least one measurement. */
    public boolean isMeasured() {
        return !kpis.isEmpty();
    }

    public RegisterForm getRegister() {
        return register;
    }

    public boolean isMayRecord() {
        return mayRecord;
    }

    public List<GateChecklist> getPassedGates() {
        return passedGates;
    }

    /** The verdicts at the change, from step 7 on; null before. */
    public List<VerdictRow> getVerdicts() {
        return verdicts;
    }

    /** What the transitions out of step 7 or Improved will do; empty at every other step. */
    public List<NextMove> getNextMoves() {
        return nextMoves;
    }

    /** Whether the panel says what the transitions out of the step will do (at step 7 and at Improved). */
    public boolean isNextMovesSaid() {
        return !nextMoves.isEmpty();
    }

    /** Whether the panel draws the control chart of each linked measure (steps 4 to 7 and Improved). */
    public boolean isShowCharts() {
        return showCharts;
    }
}
