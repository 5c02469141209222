package io.csiloop.application.setup;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run of setup did: each thing it created and each it found and reused, in plain words such as
 * {@code status "Planning" (3)}. A second run over an unchanged Jira creates nothing.
 *
 * @param created what was created, in the order of creation
 * @param reused  what already existed and was reused
 */
public record SetupReport(List<String> created, List<String> reused) {

    public SetupReport {
        created = List.copyOf(created);
        reused = List.copyOf(reused);
    }

    /** Collects a report while setup runs. */
    static final class Builder {
        private final List<String> created = new ArrayList<>();
        private final List<String> reused = new ArrayList<>();

        void created(String kind, String name, Object id) {
            created.add(kind + " \"" + name + "\" (" + id + ")");
        }

        void reused(String kind, String name, Object id) {
            reused.add(kind + " \"" + name + "\" (" + id + ")");
        }

        SetupReport build() {
            return new SetupReport(created, reused);
        }
    }
}
