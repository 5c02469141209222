package io.csiloop.application.gate;

import io.csiloop.lifecycle.ChecklistItem;
import io.csiloop.lifecycle.FourDimension;
import io.csiloop.lifecycle.ManagementPractice;
import io.csiloop.lifecycle.ValueChainActivity;
import io.csiloop.process.ChecklistEntry;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The lifecycle's items answered by choosing among a fixed list of the process model ({@link ItemKind#CHOICES}): the
 * charter's value chain activities and Four Dimensions, and the practices used while Executing, one item a family.
 * Their answer holds the chosen keys one a line, so the panel offers check boxes, not free text.
 */
public final class LifecycleChoices {

    static final ChecklistEntry VALUE_CHAIN = ProjectEvidenceItems.VALUE_CHAIN;
    static final ChecklistEntry CHARTER_DIMENSIONS = ProjectEvidenceItems.CHARTER_DIMENSIONS;
    /** One item a family of practices: {@code practices.general}, {@code practices.service}, {@code practices.technical}. */
    static final Map<ManagementPractice.Family, ChecklistEntry> PRACTICES = ProjectEvidenceItems.PRACTICES;

    private LifecycleChoices() {
    }

    /** The options of a choice item, in the model's order; empty for any other item. */
    public static List<? extends ChecklistItem> options(ChecklistEntry entry) {
        if (entry.equals(VALUE_CHAIN)) {
            return List.of(ValueChainActivity.values());
        }
        if (entry.equals(CHARTER_DIMENSIONS)) {
            return List.of(FourDimension.values());
        }
        return PRACTICES.entrySet().stream().filter(e -> e.getValue().equals(entry)).findFirst()
                .map(e -> e.getKey().practices()).orElse(List.of());
    }

    /** The option of the choice item with the key; empty when the item offers none such. */
    static Optional<? extends ChecklistItem> option(ChecklistEntry entry, String key) {
        return options(entry).stream().filter(option -> option.key().equals(key)).findFirst();
    }

    /** The constants of the type among the keys; a key that names none (an option since removed) is left out. */
    static <E extends Enum<E> & ChecklistItem> Set<E> chosen(List<String> keys, Class<E> type) {
        EnumSet<E> chosen = EnumSet.noneOf(type);
        Stream.of(type.getEnumConstants()).filter(c -> keys.contains(c.key())).forEach(chosen::add);
        return chosen;
    }

    /** The keys of the chosen options, in the model's order. */
    static <E extends Enum<E> & ChecklistItem> List<String> keys(Collection<E> chosen) {
        return chosen.stream().sorted(Comparator.naturalOrder()).map(ChecklistItem::key).toList();
    }
}
