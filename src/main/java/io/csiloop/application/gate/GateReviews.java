package io.csiloop.application.gate;

import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementEvidence;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.improvement.ImprovementGateReview;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.lifecycle.ProjectEvidence;
import io.csiloop.lifecycle.ProjectGateReview;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.port.LinkedIssues;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.GateEvidence;
import io.csiloop.process.GateVerdict;

import java.util.List;
import java.util.Map;

/**
 * The one place that knows what a gate looks at: it assembles the review of an issue from the store (evidence,
 * measurements, data, snapshots, cycle) and the host (linked work), evaluates a gate by the id the workflow
 * carries, and records evidence and gate passages. The workflow validator and condition, the REST API and the
 * panels all ask here, so they can never disagree about a gate.
 */
public final class GateReviews {

    /** The lifecycle's configurable linked-work check; always on until the app settings page arrives. */
    static final boolean LINKED_WORK_MUST_BE_RESOLVED = true;
    static final String PASSED = "PASSED";

    private final GateEvidence evidence;
    private final MeasurementDefinitions definitions;
    private final DataPoints points;
    private final KpiSnapshots snapshots;
    private final ImprovementCycles cycles;
    private final LinkedIssues links;

    public GateReviews(GateEvidence evidence, MeasurementDefinitions definitions, DataPoints points,
                       KpiSnapshots snapshots, ImprovementCycles cycles, LinkedIssues links) {
        this.evidence = evidence;
        this.definitions = definitions;
        this.points = points;
        this.snapshots = snapshots;
        this.cycles = cycles;
        this.links = links;
    }

    /** The gate's verdict on the issue now; every missing item, never just the first. */
    public GateVerdict evaluate(long issueId, String gateId) {
        var lifecycle = LifecycleGate.byId(gateId);
        if (lifecycle.isPresent()) {
            return lifecycle.get().evaluate(projectReview(issueId));
        }
        return ImprovementGate.byId(gateId).orElseThrow(() -> new UnknownGate(gateId)).evaluate(improvementReview(issueId));
    }

    public ProjectGateReview projectReview(long issueId) {
        return new ProjectGateReview(projectEvidence(issueId), () -> links.unresolvedKeys(issueId),
                LINKED_WORK_MUST_BE_RESOLVED);
    }

    public ImprovementGateReview improvementReview(long issueId) {
        Map<String, List<EvidenceItem>> items = evidence.of(issueId);
        ImprovementCycle cycle = cycles.current(issueId);
        return new ImprovementGateReview(ImprovementEvidenceItems.read(items, cycle), cycle,
                new StoredKpiFacts(definitions.ofImprovement(issueId), points, snapshots),
                new RecordedStakeholderPacks(items), () -> links.unresolvedKeys(issueId));
    }

    public ProjectEvidence projectEvidence(long issueId) {
        return ProjectEvidenceItems.read(evidence.of(issueId));
    }

    /** The evidence of the improvement's current cycle. */
    public ImprovementEvidence improvementEvidence(long issueId) {
        return ImprovementEvidenceItems.read(evidence.of(issueId), cycles.current(issueId));
    }

    /** Stores the whole evidence; answers that did not change keep their author and time. */
    public void recordProjectEvidence(long issueId, ProjectEvidence recorded, String actor) {
        ProjectEvidenceItems.answers(recorded).forEach((gateId, answers) -> evidence.answer(issueId, gateId, answers, actor));
    }

    /** Stores the whole evidence, the cycle-bound parts under the improvement's current cycle. */
    public void recordImprovementEvidence(long issueId, ImprovementEvidence recorded, String actor) {
        ImprovementEvidenceItems.answers(recorded, cycles.current(issueId))
                .forEach((gateId, answers) -> evidence.answer(issueId, gateId, answers, actor));
    }

    /** Records that the stakeholder pack of the current cycle was produced; {@code reference} says where it is. */
    public void recordStakeholderPack(long issueId, String reference, String actor) {
        String item = ImprovementEvidenceItems.stakeholderPackItem(cycles.current(issueId));
        evidence.answer(issueId, ImprovementGate.PRESENT_KNOWLEDGE_EXIT.id(),
                List.of(new EvidenceAnswer(item, ImprovementEvidenceItems.PRODUCED, reference)), actor);
    }

    /**
     * Records that the issue passed the gate: by whom and when the store notes. An improvement's passages are
     * kept per cycle, so every cycle's decision stays on record.
     */
    public void recordPassage(long issueId, String gateId, String actor) {
        String item = "gate-passed";
        if (ImprovementGate.byId(gateId).isPresent()) {
            item = ImprovementEvidenceItems.prefix(cycles.current(issueId)) + item;
        } else if (LifecycleGate.byId(gateId).isEmpty()) {
            throw new UnknownGate(gateId);
        }
        evidence.answer(issueId, gateId, List.of(new EvidenceAnswer(item, PASSED, null)), actor);
    }
}
