package io.csiloop.application.gate;

import io.csiloop.kernel.RecordChecks;
import io.csiloop.process.AnswerState;
import io.csiloop.process.ChecklistEntry;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.ItemKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether a person's answer may stand on a gate's checklist: the gate layer's check of each answer before anything
 * is written ({@link GateReviews#answer}).
 */
final class ChecklistAnswerCheck {

    /** A checklist answer names an item the gate's checklist does not have. */
    static final String NOT_ON_CHECKLIST = "csiloop.checklist.error.notOnChecklist";
    /** A checklist answer names an item only the app records: a passage, a produced stakeholder pack. */
    static final String APP_WRITTEN = "csiloop.checklist.error.appWritten";
    /** A checklist answer gives its item a state that item does not take. */
    static final String STATE_NOT_TAKEN = "csiloop.checklist.error.stateNotTaken";
    /** A choice item's answer names a key that is none of its options. */
    static final String NOT_AN_OPTION = "csiloop.checklist.error.notAnOption";
    /** A gate decision "go with conditions" without its conditions. */
    static final String CONDITIONS_REQUIRED = "csiloop.checklist.error.conditionsRequired";

    private ChecklistAnswerCheck() {
    }

    /**
     * The answer names an item of the checklist, in a state that item takes (blank fields the store refuses). An
     * item only the app records is refused by its own message, so a forged passage or pack says why it failed. A
     * day item's text must be a day {@code yyyy-MM-dd} not after today.
     */
    static void check(List<ChecklistEntry> checklist, List<ChecklistEntry> appWritten,
            EvidenceAnswer answer, RecordChecks checks, LocalDate today) {
        if (answer.itemKey() == null || answer.itemKey().isBlank()) {
            return;
        }
        Optional<ChecklistEntry> entry = checklist.stream().filter(e -> e.answers(answer)).findFirst();
        if (appWritten.stream().anyMatch(e -> e.answers(answer))) {
            checks.add("itemKey", APP_WRITTEN, answer.itemKey());
        } else if (entry.isEmpty()) {
            checks.add("itemKey", NOT_ON_CHECKLIST, answer.itemKey());
        } else if (answer.state() != null
                && AnswerState.named(answer.state()).filter(entry.get().kind()::takes).isEmpty()) {
            checks.add("state", STATE_NOT_TAKEN, answer.state());
        } else if (entry.get().kind() == ItemKind.DATE && answer.is(AnswerState.WRITTEN)) {
            ItemDays.check(answer.text(), today, checks);
        } else if (entry.get().kind() == ItemKind.CHOICES && answer.text() != null) {
            answer.text().lines().map(String::strip).filter(key -> !key.isEmpty())
                    .filter(key -> LifecycleChoices.option(entry.get(), key).isEmpty()).findFirst()
                    .ifPresent(key -> checks.add("text", NOT_AN_OPTION, key));
        } else if (answer.is(AnswerState.GO_WITH_CONDITIONS) && (answer.text() == null || answer.text().isBlank())) {
            checks.add("text", CONDITIONS_REQUIRED);
        }
    }
}
