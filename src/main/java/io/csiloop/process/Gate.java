package io.csiloop.process;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A gate in front of a transition: a policy that looks at a review (the recorded evidence plus what
 * the host knows) and lists every missing item. The Jira validator names the gate by {@link #id()}.
 *
 * @param <R> what the gate looks at
 */
public interface Gate<R> {

    /** The stable id, written into the workflow XML as the validator's {@code csiloop.gate} argument. */
    String id();

    /** Every missing item, in a stable order; empty when the gate passes. Never stops at the first. */
    List<MissingEvidence> missingFrom(R review);

    /** The i18n key of the gate's name. */
    default String nameKey() {
        return "csiloop.gate." + id() + ".name";
    }

    /** The gate among the given ones that carries the id; empty when none does. */
    static <G extends Gate<?>> Optional<G> withId(String id, G[] gates) {
        return Stream.of(gates).filter(gate -> gate.id().equals(id)).findFirst();
    }

    /** The gate's verdict on the review. */
    default GateVerdict evaluate(R review) {
        return new GateVerdict(id(), nameKey(), missingFrom(review));
    }
}
