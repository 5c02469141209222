package io.csiloop.rest;

import io.csiloop.application.process.GateStanding;
import io.csiloop.application.process.ProcessPlace;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceChange;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.Guidance;
import io.csiloop.process.StatusCategory;
import io.csiloop.process.WorkflowStatus;

import java.util.List;
import java.util.Optional;

/**
 * Where an issue stands in its CSI Loop workflow (the project lifecycle or the seven-step improvement): its
 * status with the ITIL guidance for it, every status in order, and the transitions it may take from here with
 * the gate in front of each and the evidence recorded for that gate so far. Names are English.
 *
 * @param status the current status; null when the issue's Jira status is not one of the workflow's
 */
public record ProcessDto(long issueId, String issueKey, String workflow, StatusDto status, GuidanceDto guidance,
        List<StatusDto> statuses, List<TransitionDto> transitions) implements JsonBody {

    static ProcessDto of(ProcessPlace place, ApiMessages messages) {
        Optional<WorkflowStatus> current = place.status();
        List<TransitionDto> transitions = place.transitions().stream().map(t -> new TransitionDto(t.transition().key(),
                text(messages, t.transition().nameKey()), t.transition().route().to().key(),
                t.gate().map(g -> GateDto.of(g, messages)).orElse(null))).toList();
        return new ProcessDto(place.issue().id(), place.issue().key(), place.model().key(),
                current.map(s -> StatusDto.of(s, true, messages)).orElse(null),
                current.map(s -> GuidanceDto.of(s.guidance(), messages)).orElse(null),
                place.model().statuses().stream().map(s -> StatusDto.of(s, current.filter(s::equals).isPresent(), messages))
                        .toList(), transitions);
    }

    private static String text(ApiMessages messages, String key) {
        return messages.text(key, List.of());
    }

    /**
     * One status.
     *
     * @param step the step number of an improvement step (1 to 7); null otherwise
     * @param pdcaStage the PDCA stage of an improvement step; null otherwise
     */
    public record StatusDto(String key, String name, StatusCategory category, Integer step, String pdcaStage,
            boolean current) implements JsonBody {

        static StatusDto of(WorkflowStatus status, boolean current, ApiMessages messages) {
            Integer step = null;
            String stage = null;
            if (status instanceof ImprovementStatus improvement) {
                step = improvement.stepNumber().isPresent() ? improvement.stepNumber().getAsInt() : null;
                stage = improvement.pdcaStage().map(Enum::name).orElse(null);
            }
            return new StatusDto(status.key(), text(messages, status.nameKey()), status.category(), step, stage, current);
        }
    }

    /** What the ITIL guidance says for a status. */
    public record GuidanceDto(String valueChain, String practices, String now) implements JsonBody {

        static GuidanceDto of(Guidance guidance, ApiMessages messages) {
            return new GuidanceDto(text(messages, guidance.valueChainKey()), text(messages, guidance.practicesKey()),
                    text(messages, guidance.nowKey()));
        }
    }

    /** A transition from the current status; {@code gate} is null when it is not gated. */
    public record TransitionDto(String key, String name, String to, GateDto gate) implements JsonBody {
    }

    /**
     * A gate with the answers recorded for its checklist and its verdict now.
     *
     * @param passed whether the gate would let the issue through now
     * @param missing what it still misses, in plain English, every item (empty when passed)
     */
    public record GateDto(String id, String name, List<AnswerDto> answers, boolean passed, List<String> missing)
            implements JsonBody {

        /** The gate with its answers; a gate no process model has is named by its id and never passed. */
        static GateDto of(GateStanding gate, ApiMessages messages) {
            List<String> missing = gate.verdict().map(v -> v.missing().stream().map(m -> m.describe(messages::text))
                    .toList()).orElse(List.of());
            return new GateDto(gate.gateId(), gate.gate().map(g -> text(messages, g.nameKey())).orElse(gate.gateId()),
                    gate.answers().stream().map(AnswerDto::of).toList(), gate.passed(), missing);
        }
    }

    /** One recorded answer of a gate's checklist. */
    public record AnswerDto(String itemKey, String state, String text, String answeredBy, String answeredAt)
            implements JsonBody {

        static AnswerDto of(EvidenceItem item) {
            return new AnswerDto(item.answer().itemKey(), item.answer().state(), item.answer().text(),
                    item.answeredBy(), item.answeredAt().toString());
        }
    }

    /** All gates of an issue that have evidence, by gate. */
    public record EvidenceDto(long issueId, List<GateDto> gates) implements JsonBody {
    }

    /**
     * Answers to record for one gate; items not mentioned keep theirs.
     *
     * @param answers each with {@code itemKey}, {@code state} (e.g. {@code DONE}, {@code NOT_APPLICABLE}) and
     *     an optional {@code text}
     * @param reason why the evidence of a gate that has passed is amended: required then, ignored before
     */
    public record AnswersDto(List<AnswerInputDto> answers, String reason) implements JsonBody {

        /** The answers as the gate layer takes them; a missing list or answer stays missing, for it to refuse. */
        List<EvidenceAnswer> evidence() {
            return answers == null ? null : answers.stream().map(a -> a == null ? null : a.answer()).toList();
        }
    }

    /** One answer to record. */
    public record AnswerInputDto(String itemKey, String state, String text) implements JsonBody {

        EvidenceAnswer answer() {
            return new EvidenceAnswer(itemKey, state, text);
        }
    }

    /** Every version of the answers of one gate of an issue, by item, oldest first. */
    public record HistoryDto(long issueId, String gateId, List<ChangeDto> changes) implements JsonBody {
    }

    /**
     * One version of an item's answer: who wrote it, when, the answer before and after, and the reason of an
     * amendment (null for a write before the gate passed).
     */
    public record ChangeDto(String itemKey, int version, String changedBy, String changedAt, String oldState,
                            String oldText, String newState, String newText, String reason) implements JsonBody {

        static ChangeDto of(EvidenceChange change) {
            return new ChangeDto(change.itemKey(), change.version(), change.changedBy(), change.changedAt().toString(),
                    change.before().state(), change.before().text(), change.after().state(), change.after().text(),
                    change.reason());
        }
    }
}
