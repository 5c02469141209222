package io.csiloop.lifecycle;

import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;

/**
 * The latest progress report written in Monitor &amp; Control: how scope, cost, risk and changes stand.
 *
 * @param summary the report; blank until written
 */
public record ProgressReport(String summary) {

    public ProgressReport {
        Objects.requireNonNull(summary, "summary");
    }

    public static ProgressReport empty() {
        return new ProgressReport("");
    }

    public List<MissingEvidence> missing() {
        return ProjectCheck.PROGRESS_REPORT.unlessWritten(summary);
    }
}
