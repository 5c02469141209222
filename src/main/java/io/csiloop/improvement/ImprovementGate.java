package io.csiloop.improvement;

import io.csiloop.process.Gate;
import io.csiloop.process.KeyedByName;
import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static io.csiloop.process.MissingEvidence.all;

/**
 * The gates of the seven steps, one at the exit of each step, each with its policy. A gate's id is
 * {@code improvement.} followed by its key, such as {@code improvement.collect-data-exit}.
 */
public enum ImprovementGate implements Gate<ImprovementGateReview>, KeyedByName {
    /** The approach: objective served, where we are now, why improve. */
    IDENTIFY_APPROACH_EXIT(review -> review.evidence().approach().missing()),
    /** At least one measurement with unit, direction and target; the gap analysis. */
    DEFINE_MEASUREMENT_EXIT(review -> all(
            KpiEvidence.definitions(review.kpi()),
            review.evidence().gapAnalysis().missing())),
    /** Data for every measurement in the current cycle. */
    COLLECT_DATA_EXIT(review -> KpiEvidence.everyMeasurement(review, KpiFacts::hasData,
            ImprovementCheck.DATA_COLLECTED)),
    /** A KPI snapshot of every measurement for the current cycle. */
    PROCESS_DATA_EXIT(review -> KpiEvidence.everyMeasurement(review, KpiFacts::hasSnapshot,
            ImprovementCheck.SNAPSHOT_TAKEN)),
    /** Findings written, gaps and signals reviewed. */
    ANALYSE_DATA_EXIT(review -> review.evidence().findings().missing()),
    /** The stakeholder pack of the cycle produced and the decision recorded. */
    PRESENT_KNOWLEDGE_EXIT(review -> all(
            review.stakeholderPack(),
            review.evidence().decision().missing())),
    /** Actions recorded and resolved, and the before/after comparison says the KPIs improved. */
    IMPLEMENT_IMPROVEMENTS_EXIT(review -> all(
            review.evidence().actions().missing(),
            review.unresolvedActions(),
            KpiEvidence.beforeAfter(review)));

    private final Function<ImprovementGateReview, List<MissingEvidence>> policy;

    ImprovementGate(Function<ImprovementGateReview, List<MissingEvidence>> policy) {
        this.policy = policy;
    }

    /** The gate a workflow validator names by id; empty for an id that is not an improvement gate. */
    public static Optional<ImprovementGate> byId(String id) {
        return Gate.withId(id, values());
    }

    @Override
    public String id() {
        return "improvement." + key();
    }

    @Override
    public List<MissingEvidence> missingFrom(ImprovementGateReview review) {
        return policy.apply(review);
    }
}
