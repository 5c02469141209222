package io.csiloop.application.process;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.improvement.Benefit;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.lifecycle.LifecyclePhase;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceChange;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.Gate;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An issue in its CSI Loop process: which workflow its type carries ({@link CsiLoopIssueType}), which of its
 * statuses Jira's status is ({@link ProcessNames}, the one rule), its improvement cycle, the transitions ahead
 * with the gates in front of them, its gate evidence and its CSI register entry. The REST API, the panels, the
 * project page and the preview's workflow all ask here. Gate verdicts come from the gate layer
 * ({@link GateReviews}), as the workflow's validators get them, so a panel and a transition never disagree.
 */
public final class IssueProcesses {

    /** A realised benefit was given before the improvement is Improved. */
    static final String NOT_IMPROVED = "csiloop.benefit.error.notImproved";

    private final ProcessNames names;
    private final GateReviews reviews;
    private final ImprovementCycles cycles;
    private final ImprovementRegister register;
    private final Issues issues;

    public IssueProcesses(ProcessNames names, GateReviews reviews, ImprovementCycles cycles,
                          ImprovementRegister register, Issues issues) {
        this.names = names;
        this.reviews = reviews;
        this.cycles = cycles;
        this.register = register;
        this.issues = issues;
    }

    /** The process model of the issue's type; empty for an issue of another type. */
    public Optional<WorkflowModel> model(IssueRef issue) {
        return names.type(issue).map(CsiLoopIssueType::workflow);
    }

    /** The status of its model the issue is in; empty for another type or a status the model does not have. */
    public Optional<WorkflowStatus> status(IssueRef issue) {
        return model(issue).flatMap(model -> names.status(model, issue.status()));
    }

    /** The phase of a Lifecycle Project; empty for any other issue or status. */
    public Optional<LifecyclePhase> phase(IssueRef issue) {
        return status(issue).filter(LifecyclePhase.class::isInstance).map(LifecyclePhase.class::cast);
    }

    /** The step of an Improvement; empty for any other issue or status. */
    public Optional<ImprovementStatus> step(IssueRef issue) {
        return status(issue).filter(ImprovementStatus.class::isInstance).map(ImprovementStatus.class::cast);
    }

    /** The improvement cycle the issue is in: the first until "start next cycle". */
    public ImprovementCycle cycle(IssueRef issue) {
        return cycles.current(issue.id());
    }

    /**
     * Where the issue stands in the workflow of the type.
     *
     * @throws NotInProcess when the issue is not of that type
     */
    public ProcessPlace place(IssueRef issue, CsiLoopIssueType type) {
        ofType(issue, type);
        WorkflowModel model = type.workflow();
        Optional<WorkflowStatus> current = names.status(model, issue.status());
        Map<String, List<EvidenceItem>> answers = reviews.answers(issue.id());
        List<TransitionAhead> transitions = current.map(model::transitionsFrom).orElse(List.of()).stream()
                .map(t -> new TransitionAhead(t, t.route().gate().map(g -> standing(issue, g.id(),
                        answers.getOrDefault(g.id(), List.of()))))).toList();
        return new ProcessPlace(issue, model, current, transitions);
    }

    /**
     * An Improvement's place in the seven steps with its register entry.
     *
     * @throws NotInProcess when the issue is no Improvement
     */
    public ImprovementPlace improvement(IssueRef issue) {
        return new ImprovementPlace(place(issue, CsiLoopIssueType.IMPROVEMENT), register.find(issue.id()));
    }

    /** The Improvement's register entry; empty while nothing was registered. */
    public Optional<RegisterEntry> registerEntry(IssueRef issue) {
        return register.find(issue.id());
    }

    /**
     * Creates or replaces the Improvement's register entry, in the cycle it is in. The realised benefit is set
     * only while the Improvement is Improved; at any other status it is refused, and the stored one kept.
     *
     * @throws NotInProcess when the issue is no Improvement
     * @throws io.csiloop.kernel.InvalidRecord naming every invalid field before anything is written
     */
    public RegisterEntry saveRegister(IssueRef issue, RegisterFields fields) {
        ofType(issue, CsiLoopIssueType.IMPROVEMENT);
        RegisterEntry entry = fields.entry(issue.id(), issue.projectId(), cycle(issue).number());
        if (step(issue).orElse(null) != ImprovementStatus.IMPROVED) {
            // The realised benefit is measured after the change: before Improved it cannot be given, and a save of
            // the other fields keeps the one recorded when the improvement was Improved (in an earlier cycle).
            RecordChecks checks = new RecordChecks();
            if (entry.benefit().realisedValue() != null) {
                checks.add("realisedValue", NOT_IMPROVED);
            }
            if (entry.benefit().realisedNote() != null) {
                checks.add("realisedNote", NOT_IMPROVED);
            }
            checks.orRefuse("realised benefit before Improved");
            Benefit stored = register.find(issue.id()).map(RegisterEntry::benefit).orElse(Benefit.NONE);
            entry = entry.withBenefit(entry.benefit().withRealised(stored));
        }
        return register.save(entry);
    }

    /** The project's benefit planned against realised, per unit, over its register ({@link #register}). */
    public ProjectBenefits benefits(long projectId) {
        return ProjectBenefits.of(register(projectId));
    }

    /** The improvements of the project's CSI register whose issue exists and is at one of the seven steps or after. */
    public List<RegisterPlace> register(long projectId) {
        List<RegisterEntry> entries = register.ofProject(projectId);
        Map<Long, IssueRef> found = issues.byIds(entries.stream().map(RegisterEntry::issueId).toList());
        List<RegisterPlace> places = new ArrayList<>();
        for (RegisterEntry entry : entries) {
            Optional.ofNullable(found.get(entry.issueId())).ifPresent(issue -> step(issue)
                    .ifPresent(step -> places.add(new RegisterPlace(issue, step, entry))));
        }
        return places;
    }

    /** Every gate the issue has answers for, in gate id order, with its verdict. */
    public List<GateStanding> evidence(IssueRef issue) {
        return reviews.answers(issue.id()).entrySet().stream()
                .map(e -> standing(issue, e.getKey(), e.getValue())).toList();
    }

    /**
     * Records answers to the gate's checklist (see {@link GateReviews#answer}) and returns the gate as it stands then.
     *
     * @param reason why evidence of a gate that has passed is amended; see {@link GateReviews#answer}
     * @throws NotInProcess when the gate is not one of the issue's workflow
     * @throws io.csiloop.kernel.InvalidRecord naming every refused answer before anything is written
     * @throws io.csiloop.kernel.ConcurrentChange when another user answered one of the same items first
     */
    public GateStanding answer(IssueRef issue, String gateId, List<EvidenceAnswer> answers, String actor,
            String reason) {
        reviews.answer(issue.id(), gateOf(issue, gateId), answers, actor, reason);
        return standing(issue, gateId, reviews.answers(issue.id(), gateId));
    }

    /**
     * Every version of the answers of one gate of the issue (see {@link GateReviews#history}).
     *
     * @throws NotInProcess when the gate is not one of the issue's workflow
     */
    public List<EvidenceChange> history(IssueRef issue, String gateId) {
        return reviews.history(issue.id(), gateOf(issue, gateId).id());
    }

    /** When the issue passed the gate (see {@link GateReviews#passedAt}); empty while it has not. */
    public Optional<Instant> passedAt(IssueRef issue, Gate<?> gate) {
        return reviews.passedAt(issue.id(), gate);
    }

    private Gate<?> gateOf(IssueRef issue, String gateId) {
        return model(issue).stream().flatMap(m -> m.transitions().stream())
                .flatMap(t -> t.route().gate().stream()).filter(g -> g.id().equals(gateId)).findFirst()
                .orElseThrow(() -> NotInProcess.gate(issue, gateId));
    }

    private GateStanding standing(IssueRef issue, String gateId, List<EvidenceItem> answers) {
        Optional<Gate<?>> gate = GateReviews.gate(gateId);
        return new GateStanding(gateId, gate, answers, gate.map(g -> reviews.evaluate(issue.id(), g.id())));
    }

    private void ofType(IssueRef issue, CsiLoopIssueType type) {
        if (names.type(issue).filter(type::equals).isEmpty()) {
            throw NotInProcess.issue(issue, type);
        }
    }
}
