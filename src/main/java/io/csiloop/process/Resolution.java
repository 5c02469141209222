package io.csiloop.process;

/**
 * How an issue ended when a transition takes it into a done status: delivered, cancelled on the way,
 * or rejected before any work was spent. Jira keeps the resolution on the issue; a transition back to
 * an open status (the next improvement cycle) clears it again. The key is written in the workflow
 * XML's {@code csiloop.resolution} meta.
 */
public enum Resolution implements KeyedByName {
    DONE,
    CANCELLED,
    REJECTED;

    /** The i18n key of the resolution's name. */
    public String nameKey() {
        return "csiloop.lifecycle.resolution." + key() + ".name";
    }
}
