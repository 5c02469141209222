package io.csiloop.view;

import java.util.List;

/**
 * Everything the Lifecycle Project panel shows, ready to print: the phase tracker and the ITIL guidance of the
 * current phase. Immutable; every method here is in the velocity allowlist.
 *
 * @param recognised whether the issue's status is one of the lifecycle's phases (else only a notice shows)
 * @param gate       the gate ahead, or null when none guards the way forward
 * @param mayEdit    whether the viewer may edit the evidence (Jira's "Edit Issues"), and amend passed evidence
 * @param passedGates the gates the project has passed, their evidence locked, with its history
 * @param raisable   whether the viewer may raise an improvement from the project: it is in Closing or Closed, and
 *                   the viewer may edit it
 */
public record LifecyclePanel(PanelIssue issue, boolean recognised,
                             List<TrackerStep> phases, GuidanceView guidance, GateChecklist gate,
                             boolean mayEdit, List<GateChecklist> passedGates, boolean raisable) {

    public LifecyclePanel {
        phases = List.copyOf(phases);
        passedGates = List.copyOf(passedGates);
    }

    public List<GateChecklist> getPassedGates() {
        return passedGates;
    }

    public PanelIssue getIssue() {
        return issue;
    }

    public boolean isRecognised() {
        return recognised;
    }

    public List<TrackerStep> getPhases() {
        return phases;
    }

    public GuidanceView getGuidance() {
        return guidance;
    }

    public GateChecklist getGate() {
        return gate;
    }

    public boolean isRaisable() {
        return raisable;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }
}
