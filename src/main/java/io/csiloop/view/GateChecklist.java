package io.csiloop.view;

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
 */
public record GateChecklist(String gateId, String name, String transition, List<ChecklistItem> items,
                            List<String> missing, String passedOn, List<EvidenceVersion> history) {

    public GateChecklist {
        items = List.copyOf(items);
        missing = List.copyOf(missing);
        history = List.copyOf(history);
    }

    /** The gate ahead of the issue: not passed, so not locked, and no history shown. */
    public GateChecklist(String gateId, String name, String transition, List<ChecklistItem> items,
                         List<String> missing) {
        this(gateId, name, transition, items, missing, "", List.of());
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

    /** The gate id as a part of an element id: its dots made dashes. */
    public String getAnchor() {
        return gateId.replace('.', '-');
    }

    /** Whether the gate has items a person fills in (some gates look only at KPI data). */
    public boolean isEditable() {
        return !items.isEmpty();
    }
}
