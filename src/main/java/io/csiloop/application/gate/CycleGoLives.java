package io.csiloop.application.gate;

import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.kpi.GoLive;
import io.csiloop.measure.ReportingZone;
import io.csiloop.process.AnswerState;
import io.csiloop.process.ChecklistEntry;
import io.csiloop.process.EvidenceItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The go-live of each cycle of an Improvement as known at a moment, read from its gate evidence: the day step 7's
 * evidence records (its start, in the reporting zone), or, until one is recorded, the moment the issue entered step
 * 7, which is its passage through "Decision recorded" in that cycle. A cycle with neither has not gone live.
 */
final class CycleGoLives {

    private static final Pattern CYCLE = Pattern.compile("^cycle-(\\d+)\\.");

    private CycleGoLives() {
    }

    /** The go-lives known at {@code moment}, oldest cycle first; an answer given after the moment is not known yet. */
    static List<GoLive> of(String issueKey, Map<String, List<EvidenceItem>> byGate, Instant moment, ReportingZone zone) {
        List<EvidenceItem> decisions = known(byGate, ImprovementGate.PRESENT_KNOWLEDGE_EXIT, moment);
        List<EvidenceItem> implementation = known(byGate, ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT, moment);
        TreeSet<Integer> cycles = new TreeSet<>();
        decisions.forEach(item -> cycleOf(item).ifPresent(cycles::add));
        implementation.forEach(item -> cycleOf(item).ifPresent(cycles::add));
        List<GoLive> goLives = new ArrayList<>();
        for (int number : cycles) {
            ImprovementEvidenceItems.CycleItems items = ImprovementEvidenceItems.CycleItems.of(new ImprovementCycle(number));
            Optional<Instant> recorded = answer(implementation, items.goLive(), AnswerState.WRITTEN)
                    .flatMap(item -> ItemDays.parse(item.answer().text()))
                    .map(day -> day.atStartOfDay(zone.zone()).toInstant()).filter(at -> !at.isAfter(moment));
            Optional<Instant> enteredStepSeven = answer(decisions, items.passage(), AnswerState.PASSED)
                    .map(EvidenceItem::answeredAt);
            recorded.map(at -> new GoLive(issueKey, number, at, true))
                    .or(() -> enteredStepSeven.map(at -> new GoLive(issueKey, number, at, false)))
                    .ifPresent(goLives::add);
        }
        return goLives;
    }

    private static List<EvidenceItem> known(Map<String, List<EvidenceItem>> byGate, ImprovementGate gate,
                                            Instant moment) {
        return byGate.getOrDefault(gate.id(), List.of()).stream()
                .filter(item -> !item.answeredAt().isAfter(moment)).toList();
    }

    private static Optional<EvidenceItem> answer(List<EvidenceItem> items, ChecklistEntry entry, AnswerState state) {
        return items.stream().filter(item -> entry.answers(item.answer()) && item.answer().is(state)).findFirst();
    }

    private static Optional<Integer> cycleOf(EvidenceItem item) {
        Matcher matcher = CYCLE.matcher(item.answer().itemKey());
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }
}
