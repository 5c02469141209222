package io.csiloop.lifecycle;

import io.csiloop.process.StatusCategory;
import io.csiloop.process.WorkflowStatus;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The phases of a Lifecycle Project, each a status of the workflow "CSI Loop: Project Lifecycle".
 * A project starts in Initiation and ends in Closed, either delivered or cancelled.
 */
public enum LifecyclePhase implements WorkflowStatus {
    INITIATION(StatusCategory.TO_DO),
    PLANNING(StatusCategory.IN_PROGRESS),
    EXECUTING(StatusCategory.IN_PROGRESS),
    MONITOR_AND_CONTROL(StatusCategory.IN_PROGRESS),
    CLOSING(StatusCategory.IN_PROGRESS),
    CLOSED(StatusCategory.DONE);

    /** The phases a project raises improvements from: its lessons learned are known by Closing. */
    public static final Set<LifecyclePhase> LESSONS_FROM = Collections.unmodifiableSet(EnumSet.of(CLOSING, CLOSED));

    private final StatusCategory category;

    LifecyclePhase(StatusCategory category) {
        this.category = category;
    }

    /** The phases a project can still be cancelled from: every phase not in the done category. */
    public static Set<LifecyclePhase> open() {
        return Stream.of(values()).filter(phase -> phase.category != StatusCategory.DONE)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LifecyclePhase.class)));
    }

    @Override
    public StatusCategory category() {
        return category;
    }

    @Override
    public String messagePrefix() {
        return "csiloop.lifecycle.phase." + key();
    }
}
