package io.csiloop.lifecycle;

import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;

/**
 * The latest progress report written in Monitor &amp; Control: how scope, cost and risk stand, the changes made
 * or requested, and how the result's transition into operation is planned and supported.
 *
 * @param summary    the report; blank until written
 * @param changes    the changes made or requested since the plan; may be blank when there are none
 * @param transition the transition planning and support; blank until written
 */
public record ProgressReport(String summary, String changes, String transition) {

    public ProgressReport {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(transition, "transition");
    }

    /** A report without changes or transition planning (as reports were before they had them). */
    public ProgressReport(String summary) {
        this(summary, "", "");
    }

    public static ProgressReport empty() {
        return new ProgressReport("");
    }

    /** The report and the transition planning (changes may be none). */
    public List<MissingEvidence> missing() {
        return MissingEvidence.all(ProjectCheck.PROGRESS_REPORT.unlessWritten(summary),
                ProjectCheck.PROGRESS_TRANSITION.unlessWritten(transition));
    }
}
