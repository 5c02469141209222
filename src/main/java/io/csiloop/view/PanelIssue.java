package io.csiloop.view;

/**
 * The issue a panel belongs to, as its scripts need it: the key to show and to call the REST API with, and the
 * project's key.
 */
public record PanelIssue(long issueId, String issueKey, String projectKey) {

    public long getIssueId() {
        return issueId;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getProjectKey() {
        return projectKey;
    }

    /** The addresses of the project's measure pages, for the KPI table's links. */
    public MeasureLink getMeasureLink() {
        return new MeasureLink(projectKey);
    }
}
