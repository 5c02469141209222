package io.csiloop.process;

/**
 * One transition of a CSI Loop workflow: a named button with its {@link Route}. Implemented by the
 * enums of each process model. The {@link #key()} is written into the workflow XML as the action's
 * {@code csiloop.transition} meta.
 */
public interface WorkflowTransition extends KeyedByName {

    /** The i18n key of the transition's name (the button a user presses). */
    String nameKey();

    /** Where the transition may start and lead, and what stands in its way. */
    Route route();
}
