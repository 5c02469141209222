package io.csiloop.application.gate;

import io.csiloop.process.AnswerState;
import io.csiloop.process.ChecklistEntry;

/**
 * One item of a gate's checklist with its stored answer, as a panel shows it.
 *
 * @param entry the item
 * @param state its answer; {@link AnswerState#OPEN} when it was never answered
 * @param text what was written; empty when nothing
 */
public record AnsweredItem(ChecklistEntry entry, AnswerState state, String text) {
}
