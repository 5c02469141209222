package io.csiloop.application.process;

import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.kpi.Verdict;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.port.IssueRef;
import io.csiloop.port.StatusHistory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where issues stand, for "which improvements are stuck?" and "how long has each project been in its phase?": when
 * each entered its current status (the host's change history, {@link StatusHistory}), how many whole days ago, and
 * for an Improvement the last verdict of each of its measures (the cycle of the measure's latest go-live, as the
 * gate of step 7 and the pack read it).
 */
public final class IssueStandings {

    /**
     * One issue's standing.
     *
     * @param enteredStatus empty when the host does not know it
     * @param daysInStatus whole days since then; -1 when unknown
     * @param verdicts the last verdict of each measure of an Improvement that has one; empty otherwise
     */
    public record Standing(IssueRef issue, Optional<Instant> enteredStatus, long daysInStatus,
            List<MeasureVerdict> verdicts) {
    }

    /** A measure's last verdict. */
    public record MeasureVerdict(String measureKey, String measureName, Verdict verdict) {
    }

    private final StatusHistory history;
    private final ProcessNames names;
    private final MeasurementDefinitions definitions;
    private final ChangeVerdicts verdicts;
    private final Clock clock;

    public IssueStandings(StatusHistory history, ProcessNames names, MeasurementDefinitions definitions,
            ChangeVerdicts verdicts, Clock clock) {
        this.history = history;
        this.names = names;
        this.definitions = definitions;
        this.verdicts = verdicts;
        this.clock = clock;
    }

    /** The standing of each issue, in their order. */
    public List<Standing> of(List<IssueRef> issues) {
        Instant now = clock.instant();
        return issues.stream().map(issue -> {
            Optional<Instant> entered = history.enteredCurrentStatus(issue.id());
            long days = entered.map(at -> Duration.between(at, now).toDays()).orElse(-1L);
            return new Standing(issue, entered, days, names.isImprovement(issue) ? verdictsOf(issue) : List.of());
        }).toList();
    }

    private List<MeasureVerdict> verdictsOf(IssueRef issue) {
        return definitions.ofImprovement(issue.id()).stream()
                .flatMap(m -> verdicts.of(m, null).verdict().stream()
                        .map(v -> new MeasureVerdict(m.definition().key(), m.definition().name(), v)))
                .toList();
    }
}
