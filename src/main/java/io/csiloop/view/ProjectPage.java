package io.csiloop.view;

import java.util.List;

/**
 * The CSI Loop project page: the project's KPI scorecard, its CSI register by step and PDCA stage, and, for project
 * administrators, the administration of its measurement definitions. Immutable; every method is allowlisted.
 *
 * @param viewerKey the viewer's user key, the owner a new measurement gets unless another is entered
 * @param mayAdminister whether the viewer may define measurements (Jira's "Administer Projects")
 * @param mayRecord whether the viewer may record, import, correct and delete the project's data points (Jira's
 *        "Edit Issues", the permission the data point resources demand)
 */
public record ProjectPage(String projectKey, String projectName, List<KpiRow> scorecard, List<RegisterGroup> register,
                          boolean mayAdminister, String viewerKey, boolean mayRecord) {

    public ProjectPage {
        scorecard = List.copyOf(scorecard);
        register = List.copyOf(register);
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getProjectName() {
        return projectName;
    }

    public List<KpiRow> getScorecard() {
        return scorecard;
    }

    public boolean isMeasured() {
        return !scorecard.isEmpty();
    }

    public List<RegisterGroup> getRegister() {
        return register;
    }

    public String getViewerKey() {
        return viewerKey;
    }

    public boolean isMayAdminister() {
        return mayAdminister;
    }

    public boolean isMayRecord() {
        return mayRecord;
    }

    /** The addresses of the project's measure pages, for the KPI table's links. */
    public MeasureLink getMeasureLink() {
        return new MeasureLink(projectKey);
    }
}
