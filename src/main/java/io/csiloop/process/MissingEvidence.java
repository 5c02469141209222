package io.csiloop.process;

import io.csiloop.kernel.MessageKey;
import io.csiloop.kernel.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One item a gate found missing, as an i18n key with its parameters, for example
 * {@code csiloop.evidence.linkedWork.unresolved} with the key of the unresolved issue. Parameters
 * are strings, numbers or {@link MessageKey}s (translated before they are filled in).
 *
 * @param messageKey the i18n key that says, in plain words, what is missing
 * @param params     the parameters of that message, in order; may be empty
 */
public record MissingEvidence(String messageKey, List<Object> params) {

    public MissingEvidence {
        Objects.requireNonNull(messageKey, "messageKey");
        params = List.copyOf(params);
    }

    /** The item in plain words, nested message keys translated first. */
    public String describe(MessageSource messages) {
        List<Object> shown = params.stream()
                .map(p -> p instanceof MessageKey nested ? messages.text(nested.key(), List.of()) : p)
                .toList();
        return messages.text(messageKey, shown);
    }

    /** All the given lists joined in order: a gate lists every missing item, not the first. */
    @SafeVarargs
    public static List<MissingEvidence> all(List<MissingEvidence>... lists) {
        List<MissingEvidence> all = new ArrayList<>();
        for (List<MissingEvidence> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
