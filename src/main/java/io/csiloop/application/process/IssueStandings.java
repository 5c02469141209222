package io.csiloop.application.process;

import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.Verdict;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.IssueRef;
import io.csiloop.port.StatusHistory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The standing of each issue, in their order: one read of the change history, one of the Improvements' measures
     * and one set of verdict reads for all of them, however many issues and measures.
     */
    public List<Standing> of(List<IssueRef> issues) {
        Instant now = clock.instant();
        Map<Long, Instant> entered = history.enteredCurrentStatus(issues.stream().map(IssueRef::id).distinct().toList());
        List<Long> improvements = issues.stream().filter(names::isImprovement).map(IssueRef::id).distinct().toList();
        Map<Long, List<StoredDefinition>> owned = improvements.isEmpty() ? Map.of()
                : definitions.ofImprovements(improvements);
        List<StoredDefinition> measures = owned.values().stream().flatMap(List::stream).toList();
        List<ChangeVerdict> judged = verdicts.ofLatestCycles(measures);
        Map<Integer, ChangeVerdict> byMeasure = new HashMap<>();
        for (int i = 0; i < measures.size(); i++) {
            byMeasure.put(measures.get(i).id(), judged.get(i));
        }
        return issues.stream().map(issue -> {
            Optional<Instant> at = Optional.ofNullable(entered.get(issue.id()));
            long days = at.map(since -> Duration.between(since, now).toDays()).orElse(-1L);
            List<MeasureVerdict> last = names.isImprovement(issue) ? owned.getOrDefault(issue.id(), List.of()).stream()
                    .flatMap(m -> byMeasure.get(m.id()).verdict().stream()
                            .map(v -> new MeasureVerdict(m.definition().key(), m.definition().name(), v)))
                    .toList() : List.of();
            return new Standing(issue, at, days, last);
        }).toList();
    }
}
