package io.csiloop.lifecycle;

import java.util.Optional;
import java.util.Set;

/**
 * One transition of a CSI Loop workflow: from which statuses it may start, where it leads, which gate
 * must pass first and what it records. A transition without a gate moves freely. The {@link #key()}
 * is written into the workflow XML as the action's {@code csiloop.transition} meta.
 */
public interface WorkflowTransition extends KeyedByName {

    /** The i18n key of the transition's name (the button a user presses). */
    String nameKey();

    /** The statuses the transition may start from; never empty. */
    Set<? extends WorkflowStatus> from();

    /** The status the transition leads to. */
    WorkflowStatus to();

    /** The gate that must pass before the transition, if any. */
    Optional<? extends Gate<?>> gate();

    /** The resolution recorded; present exactly when {@link #to()} is a done status. */
    Optional<Resolution> resolution();

    /** What the host does after the transition; usually none. */
    Set<TransitionEffect> effects();
}
