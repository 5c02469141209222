package io.csiloop.lifecycle;

import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param practices  the practices used while Executing
 * @param decisions  the decision taken at each gate; a gate without one has no decision yet
 */
public record ProjectEvidence(Charter charter, ScopeAndRequirements scope, GuidingPrinciplesChecklist principles,
                              FourDimensionsCoverage dimensions, ProgressReport progress, HandoverChecklist handover,
                              PracticesUsed practices, Map<LifecycleGate, GateDecision> decisions) {

    public ProjectEvidence {
        Objects.requireNonNull(charter, "charter");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(principles, "principles");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(handover, "handover");
        Objects.requireNonNull(practices, "practices");
        decisions = Map.copyOf(decisions);
    }

    /** Evidence with no practices used and no gate decisions yet. */
    public ProjectEvidence(Charter charter, ScopeAndRequirements scope, GuidingPrinciplesChecklist principles,
                           FourDimensionsCoverage dimensions, ProgressReport progress, HandoverChecklist handover) {
        this(charter, scope, principles, dimensions, progress, handover, PracticesUsed.empty(), Map.of());
    }

    /** A project for which nothing has been recorded yet. */
    public static ProjectEvidence empty() {
        return new ProjectEvidence(Charter.empty(), ScopeAndRequirements.empty(), GuidingPrinciplesChecklist.empty(),
                FourDimensionsCoverage.empty(), ProgressReport.empty(), HandoverChecklist.empty());
    }

    /** The same evidence with the decision taken at the gate. */
    public ProjectEvidence decided(LifecycleGate gate, GateDecision decision) {
        Map<LifecycleGate, GateDecision> all = new java.util.EnumMap<>(LifecycleGate.class);
        all.putAll(decisions);
        all.put(gate, decision);
        return new ProjectEvidence(charter, scope, principles, dimensions, progress, handover, practices, all);
    }

    /** The decision at the gate, if one has been taken. */
    public Optional<GateDecision> decision(LifecycleGate gate) {
        return Optional.ofNullable(decisions.get(gate));
    }

    /** What the gate's decision lacks: a decision at all, its conditions, or a stop. */
    List<MissingEvidence> undecided(LifecycleGate gate) {
        return decision(gate).map(GateDecision::missing).orElse(List.of(ProjectCheck.DECISION_MISSING.failed()));
    }
}
