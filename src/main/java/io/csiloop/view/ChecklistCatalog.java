package io.csiloop.view;

import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.lifecycle.FourDimension;
import io.csiloop.lifecycle.GuidingPrinciple;
import io.csiloop.lifecycle.HandoverItem;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.process.Gate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which evidence items each gate's checklist holds, with their kind and their label's i18n key: the item keys are
 * those the review layer stores (io.csiloop.application.gate.ProjectEvidenceItems and ImprovementEvidenceItems), so what
 * the panel writes is what the gate reads. Gates that look only at KPI data have no items.
 */
final class ChecklistCatalog {

    /** An item before its stored answer is known: key, kind, label key, hint key (empty for none). */
    record Entry(String itemKey, String kind, String labelKey, String hintKey) {
    }

    private ChecklistCatalog() {
    }

    static List<Entry> of(Gate<?> gate, ImprovementCycle cycle) {
        String c = "cycle-" + cycle.number() + ".";
        if (gate instanceof LifecycleGate lifecycle) {
            return lifecycle(lifecycle);
        }
        return switch ((ImprovementGate) gate) {
            case IDENTIFY_APPROACH_EXIT -> texts("approach.objective-served", "approach.where-we-are-now", "approach.why-improve");
            case DEFINE_MEASUREMENT_EXIT -> texts("gap-analysis.ideal-measure", "gap-analysis.measurable-today");
            case COLLECT_DATA_EXIT, PROCESS_DATA_EXIT -> List.of();
            case ANALYSE_DATA_EXIT -> List.of(ui(c, "findings", "text"), ui(c, "gaps-reviewed", "flag"), ui(c, "signals-reviewed", "flag"));
            case PRESENT_KNOWLEDGE_EXIT -> List.of(ui(c, "stakeholder-pack", "produced"), ui(c, "decision", "text"), ui(c, "decided-by", "text"));
            case IMPLEMENT_IMPROVEMENTS_EXIT -> List.of(ui(c, "actions", "lines"));
        };
    }

    private static List<Entry> lifecycle(LifecycleGate gate) {
        return switch (gate) {
            case INITIATION_EXIT -> List.of(ui("", "charter.purpose", "text"), ui("", "charter.objectives", "lines"),
                    ui("", "charter.risks-reviewed", "flag"));
            case PLANNING_EXIT -> {
                List<Entry> items = new ArrayList<>(List.of(ui("", "scope", "text"), ui("", "requirements", "lines")));
                Stream.of(GuidingPrinciple.values()).forEach(p -> items.add(model("principle." + p.key(), "principle", p.nameKey(), p.hintKey())));
                Stream.of(FourDimension.values()).forEach(d -> items.add(model("dimension." + d.key(), "note", d.nameKey(), d.hintKey())));
                yield items;
            }
            case MONITOR_AND_CONTROL_EXIT -> List.of(ui("", "progress-report", "text"));
            case CLOSING_EXIT -> Stream.of(HandoverItem.values())
                    .map(h -> model("handover." + h.key(), "flag", h.nameKey(), h.hintKey())).toList();
        };
    }

    private static List<Entry> texts(String... keys) {
        return Stream.of(keys).map(k -> ui("", k, "text")).toList();
    }

    /** An item labelled by the UI's own messages, {@code csiloop.ui.evidence.<item>.label}. */
    private static Entry ui(String cyclePrefix, String item, String kind) {
        return new Entry(cyclePrefix + item, kind, "csiloop.ui.evidence." + item + ".label", "");
    }

    /** An item labelled by the process model's checklist names and hints. */
    private static Entry model(String itemKey, String kind, String nameKey, String hintKey) {
        return new Entry(itemKey, kind, nameKey, hintKey);
    }
}
