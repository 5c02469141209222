package io.csiloop.kpi;

import java.util.Comparator;
import java.util.List;

/**
 * What is known at a moment about changes to a measure's process: the go-live of each change of the improvement that
 * owns the measure, and the rebases people approved. Both oldest first.
 */
public record ProcessChanges(List<GoLive> goLives, List<Rebase> rebases) {

    private static final ProcessChanges NONE = new ProcessChanges(List.of(), List.of());

    public ProcessChanges {
        goLives = goLives.stream().sorted(Comparator.comparing(GoLive::at)).toList();
        rebases = rebases.stream().sorted(Comparator.comparing(Rebase::at)).toList();
    }

    /** A measure without a recorded change: one phase, nothing to judge before and after. */
    public static ProcessChanges none() {
        return NONE;
    }
}
