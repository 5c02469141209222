package io.csiloop.lifecycle;

import io.csiloop.kernel.MessageKey;
import io.csiloop.process.MissingEvidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seven guiding principles as a planning checklist: every principle needs an answer.
 *
 * @param answers the answer per principle; a principle without an entry is unanswered
 */
public record GuidingPrinciplesChecklist(Map<GuidingPrinciple, PrincipleAnswer> answers) {

    public GuidingPrinciplesChecklist {
        answers = Map.copyOf(answers);
    }

    public static GuidingPrinciplesChecklist empty() {
        return new GuidingPrinciplesChecklist(Map.of());
    }

    /** Each principle without an answer, and each marked not applicable without a reason, in ITIL order. */
    public List<MissingEvidence> missing() {
        List<MissingEvidence> missing = new ArrayList<>();
        for (GuidingPrinciple principle : GuidingPrinciple.values()) {
            PrincipleAnswer answer = answers.get(principle);
            MessageKey name = new MessageKey(principle.nameKey());
            if (answer == null) {
                missing.add(ProjectCheck.PRINCIPLE_ANSWERED.failed(name));
            } else if (!answer.complete()) {
                missing.add(ProjectCheck.PRINCIPLE_REASON.failed(name));
            }
        }
        return missing;
    }
}
