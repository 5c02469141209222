package io.csiloop.view;

import io.csiloop.improvement.ImprovementGate;

import java.util.List;

/**
 * The gate in front of an issue's next step, as the panel shows it: its checklist to fill in and, in plain words,
 * everything still missing (the same verdict the workflow validator gives).
 *
 * @param transition the name of the transition the gate guards, e.g. "Start closing"
 * @param missing every missing item in words, the gate's own order; empty when the gate passes
 * @param passedOn the day the issue passed the gate ({@code yyyy-MM-dd}, in the reporting zone), from when its evidence is locked;
 *     empty while it has not passed
 * @param history every version of the gate's answers, for a passed gate; empty for the gate ahead
 * @param packs the stakeholder packs of the cycle that this gate's evidence is (step 6's "Decision recorded"), as
 *     links; empty for every other gate
 */
public record GateChecklist(String gateId, String name, String transition, List<ChecklistItem> items,
                            List<String> missing, String passedOn, List<EvidenceVersion> history,
                            List<PackLink> packs) {

    public GateChecklist {
        items = List.copyOf(items);
        missing = List.copyOf(missing);
        history = List.copyOf(history);
        packs = List.copyOf(packs);
    }

    /** A gate whose evidence holds no stakeholder pack. */
    public GateChecklist(String gateId, String name, String transition, List<ChecklistItem> items,
                         List<String> missing, String passedOn, List<EvidenceVersion> history) {
        this(gateId, name, transition, items, missing, passedOn, history, List.of());
    }

    /** The gate ahead of the issue: not passed, so not locked, and no history shown. */
    public GateChecklist(String gateId, String name, String transition, List<ChecklistItem> items,
                         List<String> missing) {
        this(gateId, name, transition, items, missing, "", List.of(), List.of());
    }

    public String getGateId() {
        return gateId;
    }

    public String getName() {
        return name;
    }

    public String getTransition() {
        return transition;
    }

    public List<ChecklistItem> getItems() {
        return items;
    }

    public List<String> getMissing() {
        return missing;
    }

    public boolean isPassed() {
        return missing.isEmpty();
    }

    /** Whether the issue has passed the gate, so that its evidence changes only by an amendment with a reason. */
    public boolean isLocked() {
        return !passedOn.isEmpty();
    }

    public String getPassedOn() {
        return passedOn;
    }

    public List<EvidenceVersion> getHistory() {
        return history;
    }

    /** The stakeholder packs this gate's evidence holds, newest first; empty for a gate that holds none. */
    public List<PackLink> getPacks() {
        return packs;
    }

    /** Whether the cycle's stakeholder pack this gate's evidence is has been produced. */
    public boolean isPackProduced() {
        return !packs.isEmpty();
    }

    /** Whether the gate's evidence is a produced stakeholder pack (step 6), which its checklist shows as a link. */
    public boolean isHoldsPack() {
        return ImprovementGate.PRESENT_KNOWLEDGE_EXIT.id().equals(gateId);
    }

    /** The gate id as a part of an element id: its dots made dashes. */
    public String getAnchor() {
        return gateId.replace('.', '-');
    }

    /** Whether the gate has items a person fills in (some gates look only at KPI data). */
    public boolean isEditable() {
        return !items.isEmpty();
    }
}
