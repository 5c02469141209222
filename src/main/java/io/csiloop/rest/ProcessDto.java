package io.csiloop.rest;

import io.csiloop.process.EvidenceItem;
import io.csiloop.process.StatusCategory;

import java.util.List;

/**
 * Where an issue stands in its CSI Loop workflow (the project lifecycle or the seven-step improvement): its
 * status with the ITIL guidance for it, every status in order, and the transitions it may take from here with
 * the gate in front of each and the evidence recorded for that gate so far. Names are English.
 *
 * @param status the current status; null when the issue's Jira status is not one of the workflow's
 */
public record ProcessDto(long issueId, String issueKey, String workflow, StatusDto status, GuidanceDto guidance,
        List<StatusDto> statuses, List<TransitionDto> transitions) implements JsonBody {

    /**
     * One status.
     *
     * @param step the step number of an improvement step (1 to 7); null otherwise
     * @param pdcaStage the PDCA stage of an improvement step; null otherwise
     */
    public record StatusDto(String key, String name, StatusCategory category, Integer step, String pdcaStage,
            boolean current) implements JsonBody {
    }

    /** What the ITIL guidance says for a status. */
    public record GuidanceDto(String valueChain, String practices, String now) implements JsonBody {
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
     */
    public record AnswersDto(List<AnswerInputDto> answers) implements JsonBody {
    }

    /** One answer to record. */
    public record AnswerInputDto(String itemKey, String state, String text) implements JsonBody {
    }
}
