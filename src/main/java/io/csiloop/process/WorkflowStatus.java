package io.csiloop.process;

/**
 * One status of a CSI Loop workflow: a lifecycle phase or an improvement step. Implemented by the
 * enums of each process model, so that the workflow XML, the setup code and the panels read both
 * models the same way. The {@link #key()} is written into the workflow XML as the step's
 * {@code csiloop.status} meta.
 */
public interface WorkflowStatus extends KeyedByName {

    /** The Jira status category the status belongs to. */
    StatusCategory category();

    /** The prefix of every i18n key about this status, without a trailing dot. */
    String messagePrefix();

    /** The i18n key of the status name. */
    default String nameKey() {
        return messagePrefix() + ".name";
    }

    /** The ITIL guidance for this status. */
    default Guidance guidance() {
        return Guidance.under(messagePrefix());
    }
}
