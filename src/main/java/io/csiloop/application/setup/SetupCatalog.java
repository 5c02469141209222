package io.csiloop.application.setup;

import io.csiloop.process.StatusCategory;

import java.util.Map;
import java.util.Optional;

/**
 * What installing CSI Loop needs from Jira's configuration, in plain terms: find a thing by its name, or
 * create it. The reconciliation ({@link CsiLoopSetup}) speaks only to this port, so that running it twice
 * can be tested without Jira; {@link JiraSetupCatalog} implements it over Jira's managers. Nothing here
 * updates or deletes: setup never overwrites what an administrator may have changed.
 */
public interface SetupCatalog {

    /** The id of the issue type with the name (ignoring case, as Jira does); empty when there is none. */
    Optional<String> issueTypeId(String name);

    /** Creates a standard (not sub-task) issue type; returns its id. */
    String createIssueType(String name, String description);

    /** The id of the status with the name (ignoring case); empty when there is none. */
    Optional<String> statusId(String name);

    /** Creates a status in the category; returns its id. */
    String createStatus(String name, String description, StatusCategory category);

    /** The id of the resolution with the name; empty when there is none. */
    Optional<String> resolutionId(String name);

    /** Creates a resolution; returns its id. */
    String createResolution(String name, String description);

    /** Whether a workflow (active or not) has the name. */
    boolean hasWorkflow(String name);

    /** Creates a workflow from OSWorkflow XML whose tokens are already replaced. */
    void createWorkflow(String name, String description, String xml);

    /** The id of the workflow scheme with the name; empty when there is none. */
    Optional<Long> workflowSchemeId(String name);

    /** Creates a workflow scheme mapping each issue type id to a workflow name; returns its id. */
    long createWorkflowScheme(String name, String description, Map<String, String> workflowByIssueTypeId);
}
