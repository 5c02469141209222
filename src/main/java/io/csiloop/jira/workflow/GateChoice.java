package io.csiloop.jira.workflow;

import java.util.Objects;

/**
 * A gate as the workflow editor's templates show it: its id and its name, already translated. Immutable and
 * with getters only, so the Velocity allowlist can name exactly what templates call.
 */
public final class GateChoice {

    private final String id;
    private final String name;

    public GateChoice(String id, String name) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GateChoice choice && id.equals(choice.id) && name.equals(choice.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name);
    }
}
