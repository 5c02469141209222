package io.csiloop.application.gate;

import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementEvidence;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.improvement.ImprovementGateReview;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.lifecycle.ProjectEvidence;
import io.csiloop.lifecycle.ProjectGateReview;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.ReportingZone;
import io.csiloop.pack.PackSnapshots;
import io.csiloop.port.LinkedIssues;
import io.csiloop.process.AnswerState;
import io.csiloop.process.ChecklistEntry;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceChange;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.Gate;
import io.csiloop.process.GateEvidence;
import io.csiloop.process.GateVerdict;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place that knows what a gate looks at: it assembles the review of an issue from the store (evidence,
 * measurements, data, snapshots, cycle) and the host (linked work), evaluates a gate by the id the workflow
 * carries, and records evidence and gate passages. The workflow validator and condition, the REST API and the
 * panels all ask here, so they can never disagree about a gate.
 */
public final class GateReviews {

    /** The lifecycle's configurable linked-work check; always on until the app settings page arrives. */
    static final boolean LINKED_WORK_MUST_BE_RESOLVED = true;
    /** The gate has passed, so its evidence is locked: an amendment needs a reason ({0} the day it passed). */
    static final String LOCKED = "csiloop.checklist.error.locked";

    private final GateEvidence evidence;
    private final MeasurementDefinitions definitions;
    private final DataPoints points;
    private final KpiSnapshots snapshots;
    private final ImprovementCycles cycles;
    private final LinkedIssues links;
    private final PackSnapshots packs;
    private final ChangeVerdicts verdicts;
    /** The day a passage is named by in a refusal: the reporting zone's, as the panels show it. */
    private final ReportingZone zone;
    /** Today, in the reporting zone: a day item (a go-live) may not lie after it. */
    private final Clock clock;

    public GateReviews(GateEvidence evidence, MeasurementDefinitions definitions, DataPoints points,
                       KpiSnapshots snapshots, ImprovementCycles cycles, LinkedIssues links, PackSnapshots packs,
                       ReportingZone zone, Clock clock, ChangeVerdicts verdicts) {
        this.evidence = evidence;
        this.definitions = definitions;
        this.points = points;
        this.snapshots = snapshots;
        this.cycles = cycles;
        this.links = links;
        this.packs = packs;
        this.zone = zone;
        this.clock = clock;
        this.verdicts = verdicts;
    }

    /** The gate's verdict on the issue now; every missing item, never just the first. */
    public GateVerdict evaluate(long issueId, String gateId) {
        var lifecycle = LifecycleGate.byId(gateId);
        if (lifecycle.isPresent()) {
            return lifecycle.get().evaluate(projectReview(issueId));
        }
        return ImprovementGate.byId(gateId).orElseThrow(() -> new UnknownGate(gateId)).evaluate(improvementReview(issueId));
    }

    /** The gate of either process model that carries the id; empty when none does. */
    public static Optional<Gate<?>> gate(String gateId) {
        return LifecycleGate.byId(gateId).<Gate<?>>map(g -> g).or(() -> ImprovementGate.byId(gateId));
    }

    public ProjectGateReview projectReview(long issueId) {
        return new ProjectGateReview(projectEvidence(issueId), () -> links.unresolvedKeys(issueId),
                LINKED_WORK_MUST_BE_RESOLVED);
    }

    public ImprovementGateReview improvementReview(long issueId) {
        Map<String, List<EvidenceItem>> items = evidence.of(issueId);
        ImprovementCycle cycle = cycles.current(issueId);
        return new ImprovementGateReview(ImprovementEvidenceItems.read(items, cycle), cycle,
                new StoredKpiFacts(definitions.ofImprovement(issueId), points, snapshots, verdicts),
                new StoredStakeholderPacks(packs, issueId), () -> links.unresolvedKeys(issueId));
    }

    public ProjectEvidence projectEvidence(long issueId) {
        return ProjectEvidenceItems.read(evidence.of(issueId));
    }

    /** The evidence of the improvement's current cycle. */
    public ImprovementEvidence improvementEvidence(long issueId) {
        return ImprovementEvidenceItems.read(evidence.of(issueId), cycles.current(issueId));
    }

    /**
     * The gate's checklist for the issue now (the current cycle's, for an improvement), each item with its answer.
     * An unanswered item that an earlier cycle's answer carries over to (step 7's actions) comes with that answer
     * as its starting text, which is not evidence of this cycle until someone saves it.
     */
    public List<AnsweredItem> checklist(long issueId, Gate<?> gate) {
        Map<String, EvidenceAnswer> stored = evidence.of(issueId, gate.id()).stream().map(EvidenceItem::answer)
                .collect(Collectors.toMap(EvidenceAnswer::itemKey, Function.identity(), (a, b) -> b));
        ImprovementCycle cycle = cycles.current(issueId);
        return EvidenceCatalog.checklist(gate, cycle).stream().map(entry -> {
            Optional<EvidenceAnswer> answer = Optional.ofNullable(stored.get(entry.key()));
            AnswerState state = answer.flatMap(a -> AnswerState.named(a.state())).orElse(AnswerState.OPEN);
            String text = answer.map(EvidenceAnswer::text).orElse("");
            if (state != AnswerState.OPEN) {
                return new AnsweredItem(entry, state, text);
            }
            List<ChecklistEntry> earlier = EvidenceCatalog.carriedFrom(gate, entry, cycle); // cycle n-1 first
            for (int i = 0; i < earlier.size(); i++) {
                EvidenceAnswer a = stored.get(earlier.get(i).key());
                if (a != null && a.text() != null && !a.text().isBlank()
                        && AnswerState.named(a.state()).filter(s -> s != AnswerState.OPEN).isPresent()) {
                    return new AnsweredItem(entry, state, text, cycle.number() - 1 - i, a.text());
                }
            }
            return new AnsweredItem(entry, state, text);
        }).toList();
    }

    /** The stored answers of one gate of the issue, every cycle's, ordered by item key. */
    public List<EvidenceItem> answers(long issueId, String gateId) {
        return evidence.of(issueId, gateId);
    }

    /** Every stored answer of the issue by gate id. */
    public Map<String, List<EvidenceItem>> answers(long issueId) {
        return evidence.of(issueId);
    }

    /**
     * Records a person's answers to items of the gate's checklist (the current cycle's, for an improvement); items
     * not mentioned keep theirs, an answer that did not change keeps its author and time. Every answer that
     * changed becomes a version of its item's history. Once the gate has passed (in the current cycle, for an
     * improvement) its evidence is locked: only an amendment, with a reason, changes it.
     *
     * @param reason why passed evidence is amended; ignored (recorded as none) while the gate has not passed
     * @throws io.csiloop.kernel.InvalidRecord naming every answer whose item is not on the checklist, is one only
     *     the app records (a passage, a produced pack) or does not take its state, a missing reason for locked
     *     evidence, with every field the store refuses, before anything is written
     * @throws io.csiloop.kernel.ConcurrentChange when another user answered one of the same items first
     */
    public void answer(long issueId, Gate<?> gate, List<EvidenceAnswer> answers, String actor, String reason) {
        ImprovementCycle cycle = cycles.current(issueId);
        List<ChecklistEntry> checklist = EvidenceCatalog.checklist(gate, cycle);
        List<ChecklistEntry> appWritten = EvidenceCatalog.appWritten(gate, cycle);
        RecordChecks checks = new RecordChecks().required("answers", answers);
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        for (int i = 0; answers != null && i < answers.size(); i++) {
            EvidenceAnswer answer = answers.get(i);
            checks.required("answers[" + i + "]", answer);
            if (answer != null) {
                RecordChecks item = checks.within("answers[" + i + "].");
                answer.check(item);
                ChecklistAnswerCheck.check(checklist, appWritten, answer, item, today);
            }
        }
        Optional<Instant> passed = passedAt(issueId, gate);
        if (passed.isPresent() && (reason == null || reason.isBlank())) {
            checks.add("reason", LOCKED, DateTimeFormatter.ISO_LOCAL_DATE.format(passed.get().atZone(zone.zone())));
        } else if (passed.isPresent()) {
            checks.optionalText("reason", reason, EvidenceChange.REASON_MAX);
        }
        checks.orRefuse("invalid gate evidence");
        evidence.answer(issueId, gate.id(), answers, actor, passed.isPresent() ? reason : null);
    }

    /**
     * When the issue passed the gate, in its current cycle for an improvement; empty while it has not. From then
     * on the gate's evidence is locked.
     */
    public Optional<Instant> passedAt(long issueId, Gate<?> gate) {
        return passedAt(evidence.of(issueId, gate.id()), EvidenceCatalog.passage(gate, cycles.current(issueId)));
    }

    /**
     * When the issue passed each of the gates it has passed (in its current cycle, for an improvement), by gate id:
     * {@link #passedAt} for every gate at once, from one read of the issue's evidence and its cycle, so that a panel
     * showing every passed gate costs two statements, not two per gate.
     */
    public Map<String, Instant> passages(long issueId, Collection<? extends Gate<?>> gates) {
        Map<String, List<EvidenceItem>> items = evidence.of(issueId);
        ImprovementCycle cycle = cycles.current(issueId);
        Map<String, Instant> passed = new HashMap<>();
        for (Gate<?> gate : gates) {
            passedAt(items.getOrDefault(gate.id(), List.of()), EvidenceCatalog.passage(gate, cycle))
                    .ifPresent(at -> passed.put(gate.id(), at));
        }
        return passed;
    }

    private static Optional<Instant> passedAt(List<EvidenceItem> items, ChecklistEntry passage) {
        return items.stream().filter(item -> passage.answers(item.answer()))
                .filter(item -> item.answer().is(AnswerState.PASSED)).map(EvidenceItem::answeredAt).findFirst();
    }

    /**
     * The gate's answers as they stood when the issue passed it, at {@code passedAt}: each item's last version
     * written up to the passage and not an amendment (an amendment is only possible after it). An item kept from
     * before versions were recorded reads as stored when it was not answered after the passage. What a passage was
     * decided on is what a phase-exit report shows, whatever was amended since.
     */
    public List<EvidenceItem> answersAtPassage(long issueId, String gateId, Instant passedAt) {
        return EvidenceAtPassage.of(evidence.of(issueId, gateId), evidence.history(issueId, gateId), passedAt);
    }

    /** How many amendments the gate's evidence has had since its passage. */
    public int amendments(long issueId, String gateId) {
        return (int) evidence.history(issueId, gateId).stream().filter(change -> change.reason() != null).count();
    }

    /** The items of the gate only the app records (see {@link EvidenceCatalog#appWritten}), the current cycle's. */
    public List<ChecklistEntry> appWritten(long issueId, Gate<?> gate) {
        return EvidenceCatalog.appWritten(gate, cycles.current(issueId));
    }

    /**
     * The items of an improvement gate in each cycle before the current one (checklist and app-written), by cycle
     * number, oldest first, so that their history is named by label and cycle; empty for a Lifecycle Project's gate.
     */
    public Map<Integer, List<ChecklistEntry>> earlierCycles(long issueId, Gate<?> gate) {
        if (!(gate instanceof ImprovementGate)) {
            return Map.of();
        }
        Map<Integer, List<ChecklistEntry>> earlier = new LinkedHashMap<>();
        for (int n = 1; n < cycles.current(issueId).number(); n++) {
            ImprovementCycle cycle = new ImprovementCycle(n);
            List<ChecklistEntry> entries = new ArrayList<>(EvidenceCatalog.checklist(gate, cycle));
            entries.addAll(EvidenceCatalog.appWritten(gate, cycle));
            earlier.put(n, List.copyOf(entries));
        }
        return earlier;
    }

    /** Every version of the answers of one gate of the issue, every cycle's, by item key, then oldest first. */
    public List<EvidenceChange> history(long issueId, String gateId) {
        return evidence.history(issueId, gateId);
    }

    /** Stores the whole evidence; answers that did not change keep their author and time. */
    public void recordProjectEvidence(long issueId, ProjectEvidence recorded, String actor) {
        ProjectEvidenceItems.answers(recorded).forEach((gateId, answers) -> evidence.answer(issueId, gateId, answers, actor));
    }

    /** Stores the whole evidence, the cycle-bound parts under the improvement's current cycle. */
    public void recordImprovementEvidence(long issueId, ImprovementEvidence recorded, String actor) {
        ImprovementEvidenceItems.answers(recorded, cycles.current(issueId))
                .forEach((gateId, answers) -> evidence.answer(issueId, gateId, answers, actor));
    }

    /**
     * Records, beside the stored pack, that the stakeholder pack of the current cycle was produced ({@code
     * reference} says which pack): called only by producing a pack, in its transaction. The gate does not read
     * this record but the stored packs, so only a real pack opens it.
     */
    public void recordStakeholderPack(long issueId, String reference, String actor) {
        ChecklistEntry item = EvidenceCatalog.stakeholderPack(cycles.current(issueId));
        evidence.answer(issueId, ImprovementGate.PRESENT_KNOWLEDGE_EXIT.id(),
                List.of(item.answer(AnswerState.PRODUCED, reference)), actor);
    }

    /**
     * Records that the issue passed the gate: by whom and when the store notes. An improvement's passages are
     * kept per cycle, so every cycle's decision stays on record. A lifecycle gate's passage names the decision it
     * passed on (its outcome's name; the approver and conditions are the decision item's, locked from now on).
     */
    public void recordPassage(long issueId, String gateId, String actor) {
        Gate<?> gate = gate(gateId).orElseThrow(() -> new UnknownGate(gateId));
        ChecklistEntry item = EvidenceCatalog.passage(gate, cycles.current(issueId));
        String decision = gate instanceof LifecycleGate lifecycle ? projectEvidence(issueId).decision(lifecycle)
                .map(d -> d.outcome().name()).orElse(null) : null;
        evidence.answer(issueId, gateId, List.of(item.answer(AnswerState.PASSED, decision)), actor);
    }
}
