package io.csiloop.view;

/**
 * A status of a process model as the pipeline and portfolio items need it to sort Jira's issues into it.
 *
 * @param jiraName the name setup gives the Jira status, by which Jira's search reports an issue's status
 * @param label the status to show, with its step number for improvement steps
 * @param stage the PDCA stage's name for improvement steps; empty otherwise
 */
public record ModelStatus(String jiraName, String label, String stage) {

    public String getJiraName() {
        return jiraName;
    }

    public String getLabel() {
        return label;
    }

    public String getStage() {
        return stage;
    }
}
