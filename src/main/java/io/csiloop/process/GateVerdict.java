package io.csiloop.process;

import io.csiloop.kernel.MessageKey;
import io.csiloop.kernel.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a gate decided: passed when nothing is missing, otherwise refused with the full list of what
 * is missing.
 *
 * @param gateId  the gate's id
 * @param nameKey the i18n key of the gate's name
 * @param missing every missing item, in the gate's order; empty when passed
 */
public record GateVerdict(String gateId, String nameKey, List<MissingEvidence> missing) {

    /** The i18n key of the refusal's headline; its one parameter is the gate's name. */
    public static final String REFUSED_KEY = "csiloop.gate.refused";

    public GateVerdict {
        Objects.requireNonNull(gateId, "gateId");
        Objects.requireNonNull(nameKey, "nameKey");
        missing = List.copyOf(missing);
    }

    public boolean passed() {
        return missing.isEmpty();
    }

    /**
     * The refusal in plain words: a headline naming the gate, then one line per missing item.
     * Empty when the gate passed.
     */
    public List<String> refusal(MessageSource messages) {
        if (passed()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(new MissingEvidence(REFUSED_KEY, List.of(new MessageKey(nameKey))).describe(messages));
        missing.forEach(item -> lines.add(item.describe(messages)));
        return lines;
    }
}
