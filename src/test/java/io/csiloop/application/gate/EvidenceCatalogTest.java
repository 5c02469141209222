package io.csiloop.application.gate;

import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementEvidence;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.lifecycle.ProjectEvidence;
import io.csiloop.process.AnswerState;
import io.csiloop.process.ChecklistEntry;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.Gate;
import io.csiloop.process.ItemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checklists name exactly the evidence items the gate layer reads: for every gate, the catalog's checklist is
 * the items the gate layer writes for the gate's evidence (the stakeholder pack, which it records apart, included),
 * and every answer it writes is in a state its item takes. A renamed item in either place fails here, before a
 * person finds a checklist that never passes.
 */
class EvidenceCatalogTest {

    private static final ImprovementCycle CYCLE = new ImprovementCycle(2);

    @ParameterizedTest
    @EnumSource(LifecycleGate.class)
    void shouldListTheItemsTheReviewLayerStoresForALifecycleGate(LifecycleGate gate) {
        assertEquals(keys(ProjectEvidenceItems.answers(ProjectEvidence.empty()), gate), catalog(gate));
    }

    @ParameterizedTest
    @EnumSource(ImprovementGate.class)
    void shouldListTheItemsTheReviewLayerStoresForAnImprovementGate(ImprovementGate gate) {
        assertEquals(keys(ImprovementEvidenceItems.answers(ImprovementEvidence.empty(), CYCLE), gate), catalog(gate));
    }

    @Test
    void shouldKeepThePassagesOffTheChecklistsAndPerCycleForImprovements() {
        ChecklistEntry lifecycle = EvidenceCatalog.passage(LifecycleGate.PLANNING_EXIT, CYCLE);
        ChecklistEntry improvement = EvidenceCatalog.passage(ImprovementGate.ANALYSE_DATA_EXIT, CYCLE);

        assertAll(() -> assertEquals("gate-passed", lifecycle.key()),
                () -> assertEquals("cycle-2.gate-passed", improvement.key()),
                () -> assertEquals(ItemKind.PASSAGE, improvement.kind()),
                () -> assertTrue(allGates().flatMap(g -> EvidenceCatalog.checklist(g, CYCLE).stream())
                        .noneMatch(e -> e.kind() == ItemKind.PASSAGE)));
    }

    @Test
    void shouldKeepTheItemsOnlyTheAppRecordsOffEveryChecklist() {
        assertAll(() -> assertEquals(List.of("cycle-2.stakeholder-pack", "cycle-2.gate-passed"),
                        EvidenceCatalog.appWritten(ImprovementGate.PRESENT_KNOWLEDGE_EXIT, CYCLE).stream()
                                .map(ChecklistEntry::key).toList()),
                () -> assertTrue(allGates().allMatch(g -> EvidenceCatalog.appWritten(g, CYCLE).stream()
                        .allMatch(e -> e.kind().appWritten() && !EvidenceCatalog.checklist(g, CYCLE).contains(e)))));
    }

    @Test
    void shouldNameTheAppWrittenItemsByTheirKind() {
        assertEquals(Set.of(ItemKind.PACK, ItemKind.PASSAGE),
                Stream.of(ItemKind.values()).filter(ItemKind::appWritten).collect(Collectors.toSet()));
    }

    @Test
    void shouldWriteOnlyStatesTheItemsTake() {
        Map<String, List<EvidenceAnswer>> written = new java.util.HashMap<>(
                ProjectEvidenceItems.answers(EvidenceFixtures.completeProject()));
        written.putAll(ImprovementEvidenceItems.answers(EvidenceFixtures.completeImprovement(), CYCLE));
        for (Map.Entry<String, List<EvidenceAnswer>> gate : written.entrySet()) {
            List<ChecklistEntry> checklist = EvidenceCatalog.checklist(GateReviews.gate(gate.getKey()).orElseThrow(), CYCLE);
            for (EvidenceAnswer answer : gate.getValue()) {
                ChecklistEntry entry = checklist.stream().filter(e -> e.answers(answer)).findFirst().orElseThrow();
                assertTrue(entry.kind().takes(AnswerState.named(answer.state()).orElseThrow()), answer.toString());
            }
        }
    }

    @Test
    void shouldRefuseToBuildAnAnswerInAStateTheItemDoesNotTake() {
        ChecklistEntry scope = ProjectEvidenceItems.SCOPE;

        assertAll(() -> assertThrows(IllegalArgumentException.class, () -> scope.answer(AnswerState.DONE, "x")),
                () -> assertFalse(ItemKind.PASSAGE.takes(AnswerState.OPEN)),
                () -> assertEquals(new EvidenceAnswer("scope", "WRITTEN", "x"), scope.answer(AnswerState.WRITTEN, "x")));
    }

    private static Stream<Gate<?>> allGates() {
        return Stream.concat(Stream.of(LifecycleGate.values()), Stream.of(ImprovementGate.values()));
    }

    private static Set<String> catalog(Gate<?> gate) {
        return EvidenceCatalog.checklist(gate, CYCLE).stream().map(ChecklistEntry::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keys(Map<String, List<EvidenceAnswer>> answers, Gate<?> gate) {
        return answers.getOrDefault(gate.id(), List.of()).stream().map(EvidenceAnswer::itemKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
