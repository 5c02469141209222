package io.csiloop.lifecycle;

import java.util.Objects;

/**
 * Everything the team has recorded for a Lifecycle Project's gates. Nothing recorded yet is an empty
 * part, never null.
 *
 * @param charter    written in Initiation
 * @param scope      scope and requirements, recorded in Planning
 * @param principles the guiding principles checklist, answered in Planning
 * @param dimensions the Four Dimensions coverage, noted in Planning
 * @param progress   the latest progress report from Monitor &amp; Control
 * @param handover   the handover checklist ticked off in Closing
 */
public record ProjectEvidence(Charter charter, ScopeAndRequirements scope, GuidingPrinciplesChecklist principles,
                              FourDimensionsCoverage dimensions, ProgressReport progress, HandoverChecklist handover) {

    public ProjectEvidence {
        Objects.requireNonNull(charter, "charter");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(principles, "principles");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(handover, "handover");
    }

    /** A project for which nothing has been recorded yet. */
    public static ProjectEvidence empty() {
        return new ProjectEvidence(Charter.empty(), ScopeAndRequirements.empty(), GuidingPrinciplesChecklist.empty(),
                FourDimensionsCoverage.empty(), ProgressReport.empty(), HandoverChecklist.empty());
    }
}
