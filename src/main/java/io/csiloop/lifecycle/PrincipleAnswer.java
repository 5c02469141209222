package io.csiloop.lifecycle;

import java.util.Objects;

/**
 * The planning team's answer for one guiding principle: it is applied (a note on how is welcome but
 * optional), or it does not apply to this project, which must be explained.
 */
public sealed interface PrincipleAnswer {

    /** Whether the answer is enough for the checklist: only "not applicable" without a reason is not. */
    boolean complete();

    /** @param note how the principle is applied; may be blank */
    record Applied(String note) implements PrincipleAnswer {
        public Applied {
            Objects.requireNonNull(note, "note");
        }

        @Override
        public boolean complete() {
            return true;
        }
    }

    /** @param reason why the principle does not apply; a blank reason leaves the answer incomplete */
    record NotApplicable(String reason) implements PrincipleAnswer {
        public NotApplicable {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean complete() {
            return !reason.isBlank();
        }
    }
}
