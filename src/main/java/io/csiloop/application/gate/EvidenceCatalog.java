package io.csiloop.application.gate;

import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.process.ChecklistEntry;
import io.csiloop.process.Gate;
import io.csiloop.process.ItemKind;

import java.util.List;

/**
 * Which evidence items each gate of either process model has: its checklist (what a person answers, as the panel
 * edits it and the evidence request accepts it) and the items only the app records (the passage the workflow
 * records, the stakeholder pack that producing one records), which no request may answer. The items themselves are
 * named by {@link ProjectEvidenceItems} and {@link ImprovementEvidenceItems}, next to the mapping the gates read,
 * so what a panel writes is what a gate reads. Gates that look only at KPI data have no checklist.
 */
public final class EvidenceCatalog {

    private EvidenceCatalog() {
    }

    /** The items a person answers for the gate, in order; those of an improvement gate belong to the cycle. */
    public static List<ChecklistEntry> checklist(Gate<?> gate, ImprovementCycle cycle) {
        if (gate instanceof LifecycleGate lifecycle) {
            return ProjectEvidenceItems.checklist(lifecycle);
        }
        if (gate instanceof ImprovementGate improvement) {
            return ImprovementEvidenceItems.checklist(improvement, cycle);
        }
        throw new UnknownGate(gate.id());
    }

    /** The items a person answers for a lifecycle gate, in order, its decision last. */
    public static List<ChecklistEntry> checklist(LifecycleGate gate) {
        return ProjectEvidenceItems.checklist(gate);
    }

    /** The item of a lifecycle gate that holds its approver's decision. */
    public static ChecklistEntry decision(LifecycleGate gate) {
        return ProjectEvidenceItems.DECISION;
    }

    /** The item that records the passage through the gate: per cycle for an improvement. */
    public static ChecklistEntry passage(Gate<?> gate, ImprovementCycle cycle) {
        if (gate instanceof LifecycleGate lifecycle) {
            return passage(lifecycle);
        }
        if (gate instanceof ImprovementGate) {
            return ImprovementEvidenceItems.CycleItems.of(cycle).passage();
        }
        throw new UnknownGate(gate.id());
    }

    /** The item that records a Lifecycle Project's passage through the gate: each is passed once. */
    public static ChecklistEntry passage(LifecycleGate gate) {
        return ProjectEvidenceItems.PASSAGE;
    }

    /**
     * The items of the gate that only the app records, never a person: its passage and, for the gate "Decision
     * recorded", the record of the cycle's stakeholder pack.
     */
    public static List<ChecklistEntry> appWritten(Gate<?> gate, ImprovementCycle cycle) {
        ChecklistEntry passage = passage(gate, cycle);
        return gate == ImprovementGate.PRESENT_KNOWLEDGE_EXIT ? List.of(stakeholderPack(cycle), passage) : List.of(passage);
    }

    /**
     * The item of the gate "Decision recorded" that records the stakeholder pack of the cycle ({@code pack:<id>}),
     * written when the pack is produced. The gate itself looks at the stored packs, not at this record.
     */
    static ChecklistEntry stakeholderPack(ImprovementCycle cycle) {
        return ImprovementEvidenceItems.CycleItems.of(cycle).stakeholderPack();
    }

    /**
     * The items of the cycles before, one a cycle from cycle n-1 down to cycle 1, whose answer an unanswered item of the cycle is offered to start
     * from (see {@link ImprovementEvidenceItems#carriedFrom}); none for a Lifecycle Project's items.
     */
    public static List<ChecklistEntry> carriedFrom(Gate<?> gate, ChecklistEntry entry, ImprovementCycle cycle) {
        return gate instanceof ImprovementGate ? ImprovementEvidenceItems.carriedFrom(entry, cycle) : List.of();
    }

    /** An item labelled by the panel's own messages, {@code csiloop.ui.evidence.<name>.label}, keyed {@code <prefix><name>}. */
    static ChecklistEntry labelled(String prefix, String name, ItemKind kind) {
        return new ChecklistEntry(prefix + name, kind, "csiloop.ui.evidence." + name + ".label", "");
    }

    /** The passage item, keyed {@code <prefix>gate-passed}. */
    static ChecklistEntry passage(String prefix) {
        return labelled(prefix, "gate-passed", ItemKind.PASSAGE);
    }
}
