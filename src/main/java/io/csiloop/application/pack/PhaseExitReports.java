package io.csiloop.application.pack;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.kernel.MessageSource;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.measure.ReportingZone;
import io.csiloop.pack.PhaseExit;
import io.csiloop.pack.PhaseExitReport;
import io.csiloop.port.IssueRef;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.GateEvidence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The phase-exit report of a Lifecycle Project, from the gate evidence as it is now: every lifecycle gate with its
 * verdict, its recorded answers and its passage (the review layer records a passage as the item
 * {@value #PASSAGE_ITEM}).
 */
public class PhaseExitReports {

    /** The item {@link GateReviews#recordPassage} records when an issue passes a gate. */
    static final String PASSAGE_ITEM = "gate-passed";

    private final GateReviews reviews;
    private final GateEvidence evidence;
    private final ReportingZone zone;
    private final MessageSource messages;
    private final Clock clock;

    public PhaseExitReports(GateReviews reviews, GateEvidence evidence, ReportingZone zone, MessageSource messages,
                            Clock clock) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.zone = zone;
        this.messages = messages;
        this.clock = clock;
    }

    /** The report's XHTML page for the Lifecycle Project. */
    public String html(IssueRef project) {
        List<PhaseExit> exits = new ArrayList<>();
        for (LifecycleGate gate : LifecycleGate.values()) {
            List<EvidenceItem> items = evidence.of(project.id(), gate.id());
            Optional<EvidenceItem> passage = items.stream()
                    .filter(i -> PASSAGE_ITEM.equals(i.answer().itemKey())).findFirst();
            List<PhaseExit.Line> lines = items.stream().filter(i -> !PASSAGE_ITEM.equals(i.answer().itemKey()))
                    .map(i -> new PhaseExit.Line(i.answer().itemKey(), i.answer().state(), i.answer().text(),
                            i.answeredBy(), i.answeredAt())).toList();
            exits.add(new PhaseExit(reviews.evaluate(project.id(), gate.id()), lines,
                    passage.map(EvidenceItem::answeredBy).orElse(null),
                    passage.map(EvidenceItem::answeredAt).orElse(null)));
        }
        return new PhaseExitReport(messages).render(project.key(), project.summary(), clock.instant(), zone.zone(),
                exits);
    }
}
