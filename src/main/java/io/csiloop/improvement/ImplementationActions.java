package io.csiloop.improvement;

import io.csiloop.process.MissingEvidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The improvement actions the team carries out at step 7, and the day the change went live: where the cycle's
 * before/after is read and the chart marks the change. Whether the action issues linked in Jira are resolved is a
 * separate fact the host supplies.
 *
 * @param actions what is being changed; blank entries do not count
 * @param goLive the day the change went live, in the reporting zone; empty until someone records it
 */
public record ImplementationActions(List<String> actions, Optional<LocalDate> goLive) {

    public ImplementationActions {
        actions = List.copyOf(actions);
        Objects.requireNonNull(goLive, "goLive");
    }

    public static ImplementationActions empty() {
        return new ImplementationActions(List.of(), Optional.empty());
    }

    /** Step 7 ends ("Improved") once an action is written and the day the change went live is recorded. */
    public List<MissingEvidence> missing() {
        List<MissingEvidence> missing = new ArrayList<>(ImprovementCheck.ACTION_RECORDED.unlessAnyWritten(actions));
        missing.addAll(ImprovementCheck.GO_LIVE_RECORDED.unless(goLive.isPresent()));
        return List.copyOf(missing);
    }
}
