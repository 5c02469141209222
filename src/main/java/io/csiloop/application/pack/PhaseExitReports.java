package io.csiloop.application.pack;

import io.csiloop.application.gate.EvidenceCatalog;
import io.csiloop.application.gate.GateReviews;
import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.process.NotInProcess;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.kernel.MessageSource;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.measure.ReportingZone;
import io.csiloop.pack.PhaseExit;
import io.csiloop.pack.PhaseExitReport;
import io.csiloop.port.IssueRef;
import io.csiloop.port.UserDirectory;
import io.csiloop.port.UserRef;
import io.csiloop.process.AnswerState;
import io.csiloop.process.ChecklistEntry;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.GateVerdict;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The phase-exit report of a Lifecycle Project: every lifecycle gate with its verdict, its recorded answers (for a
 * passed gate, as they stood at its passage, see {@link GateReviews#answersAtPassage}) and its passage (the item {@link EvidenceCatalog#passage(LifecycleGate)} that
 * {@link GateReviews#recordPassage} records). People are named as the host's user directory knows them.
 */
public class PhaseExitReports {

    private final GateReviews reviews;
    private final ProcessNames names;
    private final ReportingZone zone;
    private final MessageSource messages;
    private final UserDirectory people;
    private final Clock clock;

    public PhaseExitReports(GateReviews reviews, ProcessNames names, ReportingZone zone, MessageSource messages,
                            UserDirectory people, Clock clock) {
        this.reviews = reviews;
        this.names = names;
        this.zone = zone;
        this.messages = messages;
        this.people = people;
        this.clock = clock;
    }

    /**
     * The report's XHTML page for the Lifecycle Project.
     *
     * @throws NotInProcess when the issue is no Lifecycle Project
     */
    public String html(IssueRef project) {
        if (!names.isLifecycleProject(project)) {
            throw NotInProcess.issue(project, CsiLoopIssueType.LIFECYCLE_PROJECT);
        }
        List<PhaseExit> exits = new ArrayList<>();
        for (LifecycleGate gate : LifecycleGate.values()) {
            ChecklistEntry passageItem = EvidenceCatalog.passage(gate);
            Optional<EvidenceItem> passage = reviews.answers(project.id(), gate.id()).stream()
                    .filter(i -> passageItem.answers(i.answer()) && i.answer().is(AnswerState.PASSED)).findFirst();
            // A passed gate shows what it was passed on; amendments since are counted, and read in its history.
            List<EvidenceItem> items = passage.map(p -> reviews.answersAtPassage(project.id(), gate.id(), p.answeredAt()))
                    .orElseGet(() -> reviews.answers(project.id(), gate.id()));
            PhaseExitLines labelled = new PhaseExitLines(messages, this::name);
            exits.add(new PhaseExit(verdict(project, gate, passage.isPresent()), labelled.lines(gate, items),
                    passage.map(EvidenceItem::answeredBy).map(this::name).orElse(null),
                    passage.map(EvidenceItem::answeredAt).orElse(null),
                    passage.isPresent() ? reviews.amendments(project.id(), gate.id()) : 0,
                    labelled.decision(gate, items).orElse(null)));
        }
        return new PhaseExitReport(messages).render(project.key(), project.summary(), clock.instant(), zone.zone(),
                exits);
    }

    /**
     * A gate not passed yet is judged as it stands. A passed gate is reported as passed: it shows the evidence it
     * passed on, and judging it again now would count against it what came after the passage (the improvements a
     * project raises from Closing are linked work that is open by design); amendments since are counted instead.
     */
    private GateVerdict verdict(IssueRef project, LifecycleGate gate, boolean passed) {
        return passed ? new GateVerdict(gate.id(), gate.nameKey(), List.of())
                : reviews.evaluate(project.id(), gate.id());
    }

    private String name(String userKey) {
        return people.userByKey(userKey).map(UserRef::displayName).orElse(userKey);
    }
}
