package com.atlassian.activeobjects.external;

/**
 * Compile-only stand-in for the Active Objects plugin's upgrade task contract, as Jira 11.3 exports it.
 * Mirrors com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.java
 * in https://github.com/ngannk-fptu/Decompiled-Files (the type name is unchanged on Jira 11; jira-platform.md
 * section 8.1). Never packaged: Jira supplies the real interface.
 *
 * <p>The AO plugin runs, in ascending model version and each in its own transaction, every task listed in the
 * plugin's {@code <ao>} module whose version is newer than the stored one, then migrates the listed entities.
 */
public interface ActiveObjectsUpgradeTask {

    /** The model version the data is at once this task has run. */
    ModelVersion getModelVersion();

    /**
     * Brings the data from {@code currentVersion} (0 on a fresh install) to {@link #getModelVersion()}.
     *
     * @param currentVersion the version the stored data is at now
     * @param ao the plugin's Active Objects, already inside the task's transaction
     */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
