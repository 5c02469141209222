package io.csiloop.rest;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.improvement.SevenStepImprovement;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.lifecycle.ProjectLifecycle;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Users;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.Gate;
import io.csiloop.process.GateEvidence;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowStatus;
import jakarta.ws.rs.core.Response.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An issue's place in its CSI Loop workflow, read from the process model ({@code io.csiloop.lifecycle},
 * {@code io.csiloop.improvement}), the gate evidence and the CSI register. Which workflow applies follows from
 * the issue type; the current status is found by the name Jira shows for it (the process model's English
 * status name) or its key. Gate verdicts come from the review layer ({@link GateReviews}), as the workflow's
 * validators get them, so the panel and the transition never disagree.
 */
public final class IssueProcess {

    /** The issue type names CSI Loop sets up (PRODUCT.md). */
    static final String LIFECYCLE_TYPE = "Lifecycle Project";
    static final String IMPROVEMENT_TYPE = "Improvement";

    private final GateEvidence evidence;
    private final GateReviews reviews;
    private final ImprovementRegister register;
    private final ApiMessages messages;
    private final Users users;

    public IssueProcess(GateEvidence evidence, GateReviews reviews, ImprovementRegister register, ApiMessages messages,
            Users users) {
        this.evidence = evidence;
        this.reviews = reviews;
        this.register = register;
        this.messages = messages;
        this.users = users;
    }

    public ProcessDto lifecycle(IssueRef issue) {
        return state(ofType(issue, LIFECYCLE_TYPE, "lifecycle project"), ProjectLifecycle.WORKFLOW);
    }

    public RegisterDto.ImprovementDto improvement(IssueRef issue) {
        ofType(issue, IMPROVEMENT_TYPE, "improvement");
        return new RegisterDto.ImprovementDto(state(issue, SevenStepImprovement.WORKFLOW),
                register.find(issue.id()).map(RegisterDto::of).orElse(RegisterDto.empty()));
    }

    public RegisterDto saveRegister(IssueRef issue, RegisterDto.InputDto input) {
        ofType(issue, IMPROVEMENT_TYPE, "improvement");
        List<String> dimensions = input.fourDimensions() == null ? List.of() : input.fourDimensions();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            if (dimensions.get(i) == null) {
                problems.add(Problem.field("fourDimensions[" + i + "]", Keys.REQUIRED));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        int cycle = register.find(issue.id()).map(RegisterEntry::cycle).orElse(1);
        return RegisterDto.of(register.save(input.entry(issue.id(), issue.projectId(), cycle)));
    }

    public ProcessDto.EvidenceDto evidence(IssueRef issue) {
        List<ProcessDto.GateDto> gates = evidence.of(issue.id()).entrySet().stream()
                .map(e -> gate(issue, gateNamed(e.getKey()), e.getKey(), e.getValue())).toList();
        return new ProcessDto.EvidenceDto(issue.id(), gates);
    }

    public ProcessDto.GateDto answer(IssueRef issue, String gateId, ProcessDto.AnswersDto input) {
        Gate<?> gate = gatesOf(issue).filter(g -> g.id().equals(gateId)).findFirst()
                .orElseThrow(() -> ApiProblem.of(Status.NOT_FOUND, Keys.NOT_FOUND, "gate", gateId));
        if (input.answers() == null) {
            throw ApiProblem.invalid(List.of(Problem.field("answers", Keys.REQUIRED)));
        }
        List<EvidenceAnswer> answers = input.answers().stream()
                .map(a -> a == null ? null : new EvidenceAnswer(a.itemKey(), a.state(), a.text())).toList();
        try {
            evidence.answer(issue.id(), gate.id(), answers, users.current().map(u -> u.key()).orElseThrow());
        } catch (ConcurrentChange changed) {
            throw ApiProblem.of(Status.CONFLICT, Keys.CONFLICT, "gate evidence");
        }
        return gate(issue, Optional.of(gate), gate.id(), evidence.of(issue.id(), gate.id()));
    }

    private ProcessDto state(IssueRef issue, WorkflowModel model) {
        WorkflowStatus current = model.statuses().stream().filter(s -> isCurrent(issue, s)).findFirst().orElse(null);
        Map<String, List<EvidenceItem>> answers = evidence.of(issue.id());
        List<ProcessDto.TransitionDto> transitions = current == null ? List.of()
                : model.transitionsFrom(current).stream().map(t -> new ProcessDto.TransitionDto(t.key(),
                        text(t.nameKey()), t.route().to().key(), t.route().gate().map(g -> gate(issue, Optional.of(g),
                                g.id(), answers.getOrDefault(g.id(), List.of()))).orElse(null))).toList();
        return new ProcessDto(issue.id(), issue.key(), model.key(), current == null ? null : status(current, true),
                current == null ? null : new ProcessDto.GuidanceDto(text(current.guidance().valueChainKey()),
                        text(current.guidance().practicesKey()), text(current.guidance().nowKey())),
                model.statuses().stream().map(s -> status(s, s == current)).toList(), transitions);
    }

    private boolean isCurrent(IssueRef issue, WorkflowStatus status) {
        String name = issue.status() == null ? "" : issue.status().strip().toLowerCase(Locale.ROOT);
        return name.equals(text(status.nameKey()).toLowerCase(Locale.ROOT)) || name.equals(status.key());
    }

    private ProcessDto.StatusDto status(WorkflowStatus status, boolean current) {
        Integer step = null;
        String stage = null;
        if (status instanceof ImprovementStatus improvement) {
            step = improvement.stepNumber().isPresent() ? improvement.stepNumber().getAsInt() : null;
            stage = improvement.pdcaStage().map(p -> p.name()).orElse(null);
        }
        return new ProcessDto.StatusDto(status.key(), text(status.nameKey()), status.category(), step, stage, current);
    }

    /** The gate with its answers and, for a gate of the model, its verdict from the review layer. */
    private ProcessDto.GateDto gate(IssueRef issue, Optional<? extends Gate<?>> gate, String id,
            List<EvidenceItem> items) {
        List<String> missing = gate.isEmpty() ? List.of() : reviews.evaluate(issue.id(), id).missing().stream()
                .map(m -> m.describe(messages::text)).toList();
        return new ProcessDto.GateDto(id, gate.map(g -> text(g.nameKey())).orElse(id),
                items.stream().map(ProcessDto.AnswerDto::of).toList(), gate.isPresent() && missing.isEmpty(), missing);
    }

    private static Optional<? extends Gate<?>> gateNamed(String id) {
        return Stream.<Gate<?>>concat(Stream.of(LifecycleGate.values()), Stream.of(ImprovementGate.values()))
                .filter(g -> g.id().equals(id)).findFirst();
    }

    private static Stream<? extends Gate<?>> gatesOf(IssueRef issue) {
        return switch (issue.issueType() == null ? "" : issue.issueType()) {
            case LIFECYCLE_TYPE -> Stream.of(LifecycleGate.values());
            case IMPROVEMENT_TYPE -> Stream.of(ImprovementGate.values());
            default -> Stream.empty();
        };
    }

    private static IssueRef ofType(IssueRef issue, String type, String what) {
        if (!type.equals(issue.issueType())) {
            throw ApiProblem.of(Status.NOT_FOUND, Keys.NOT_FOUND, what, issue.key());
        }
        return issue;
    }

    private String text(String key) {
        return messages.text(key, List.of());
    }
}
