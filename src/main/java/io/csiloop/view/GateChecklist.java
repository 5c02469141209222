package io.csiloop.view;

import java.util.List;

/**
 * The gate in front of an issue's next step, as the panel shows it: its checklist to fill in and, in plain words,
 * everything still missing (the same verdict the workflow validator gives).
 *
 * @param transition the name of the transition the gate guards, e.g. "Start closing"
 * @param missing every missing item in words, the gate's own order; empty when the gate passes
 */
public record GateChecklist(String gateId, String name, String transition, List<ChecklistItem> items,
                            List<String> missing) {

    public GateChecklist {
        items = List.copyOf(items);
        missing = List.copyOf(missing);
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

    /** Whether the gate has items a person fills in (some gates look only at KPI data). */
    public boolean isEditable() {
        return !items.isEmpty();
    }
}
