package io.csiloop.application.gate;

import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.improvement.StakeholderPacks;
import io.csiloop.process.EvidenceItem;

import java.util.List;
import java.util.Map;

/**
 * Stakeholder packs as step 6's evidence records them: a pack counts as produced for a cycle when the cycle's
 * stakeholder pack item ({@link EvidenceCatalog#stakeholderPack}) is marked produced. This is what the gate
 * "Decision recorded" looks at.
 */
final class RecordedStakeholderPacks implements StakeholderPacks {

    private final GateAnswers presentKnowledge;

    RecordedStakeholderPacks(Map<String, List<EvidenceItem>> byGate) {
        this.presentKnowledge = GateAnswers.of(byGate, ImprovementGate.PRESENT_KNOWLEDGE_EXIT);
    }

    @Override
    public boolean producedFor(ImprovementCycle cycle) {
        return presentKnowledge.done(EvidenceCatalog.stakeholderPack(cycle));
    }
}
