package io.csiloop.view;

import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.improvement.ImprovementTransition;
import io.csiloop.kernel.MessageSource;

import java.util.List;

/**
 * What a transition out of step 7 or Improved will do, said in the panel before anyone presses it: "Confirm
 * improvement" closes the improvement as Improved once its gate passes; "Start next cycle" takes it back to step 3
 * in the next cycle, with step 7's actions offered to edit.
 *
 * @param transition the transition's name, as its button says it
 * @param sentence   what it will do, for this improvement's cycle
 */
public record NextMove(String transition, String sentence) {

    /** The transitions that have such a sentence, in the order the panel says them. */
    private static final List<ImprovementTransition> SAID = List.of(ImprovementTransition.CONFIRM_IMPROVED,
            ImprovementTransition.START_NEXT_CYCLE);

    /** The moves out of the status the improvement is in, for its cycle; empty where none of them leaves it. */
    static List<NextMove> from(ImprovementStatus status, ImprovementCycle cycle,
                               MessageSource messages) {
        return SAID.stream().filter(t -> t.route().from().contains(status)).map(t -> {
            String name = messages.text(t.nameKey(), List.of());
            return new NextMove(name, messages.text("csiloop.ui.move." + t.key(),
                    List.of(name, cycle.number(), cycle.next().number())));
        }).toList();
    }

    public String getTransition() {
        return transition;
    }

    public String getSentence() {
        return sentence;
    }
}
