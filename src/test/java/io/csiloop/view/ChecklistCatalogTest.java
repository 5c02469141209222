package io.csiloop.view;

import io.csiloop.application.gate.ImprovementEvidenceItems;
import io.csiloop.application.gate.ProjectEvidenceItems;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementEvidence;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.lifecycle.ProjectEvidence;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.Gate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The panel's checklists edit exactly the evidence items the review layer reads: for every gate, the items of the
 * catalog are the items the review layer writes for the gate's evidence (the stakeholder pack, which it records
 * apart, included). A renamed item in either place fails here, before a person finds a checklist that never passes.
 */
class ChecklistCatalogTest {

    private static final ImprovementCycle CYCLE = new ImprovementCycle(2);

    @ParameterizedTest
    @EnumSource(LifecycleGate.class)
    void shouldListTheItemsTheReviewLayerStoresForALifecycleGate(LifecycleGate gate) {
        assertEquals(keys(ProjectEvidenceItems.answers(ProjectEvidence.empty()), gate), catalog(gate));
    }

    @ParameterizedTest
    @EnumSource(ImprovementGate.class)
    void shouldListTheItemsTheReviewLayerStoresForAnImprovementGate(ImprovementGate gate) {
        Set<String> expected = keys(ImprovementEvidenceItems.answers(ImprovementEvidence.empty(), CYCLE), gate);
        if (gate == ImprovementGate.PRESENT_KNOWLEDGE_EXIT) {
            expected.add("cycle-2.stakeholder-pack");
        }
        assertEquals(expected, catalog(gate));
    }

    private static Set<String> catalog(Gate<?> gate) {
        return ChecklistCatalog.of(gate, CYCLE).stream().map(ChecklistCatalog.Entry::itemKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keys(Map<String, List<EvidenceAnswer>> answers, Gate<?> gate) {
        return answers.getOrDefault(gate.id(), List.of()).stream().map(EvidenceAnswer::itemKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
