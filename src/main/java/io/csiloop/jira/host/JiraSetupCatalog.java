package io.csiloop.jira.host;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.jira.workflow.WorkflowUtil;
import com.opensymphony.workflow.FactoryException;
import io.csiloop.application.setup.SetupCatalog;
import io.csiloop.process.StatusCategory;

import java.util.Map;
import java.util.Optional;

/**
 * {@link SetupCatalog} over Jira's managers. Workflows are created the way Jira's own XML import creates
 * them: parse the XML into a descriptor, wrap it in a {@link ConfigurableJiraWorkflow}, hand it to the
 * workflow manager. Setup runs with nobody logged in, so the workflow has no author.
 *
 * <p>Statuses, their categories and resolutions come from services no Jira 11 app was seen importing, so they are
 * optional references ({@link OptionalService}): without them the app still enables, and setup stops at the first
 * call with {@link HostServiceMissing}.
 */
public final class JiraSetupCatalog implements SetupCatalog {

    /** Jira's generic status icon; Jira 6.2+ ignores status icons but the parameter remains. */
    static final String STATUS_ICON = "/images/icons/statuses/generic.png";

    private final IssueTypeManager issueTypes;
    private final OptionalService<StatusManager> statuses;
    private final OptionalService<StatusCategoryManager> statusCategories;
    private final OptionalService<ResolutionManager> resolutions;
    private final WorkflowManager workflows;
    private final WorkflowSchemeManager workflowSchemes;

    public JiraSetupCatalog(IssueTypeManager issueTypes, StatusManager statuses, StatusCategoryManager statusCategories,
                            ResolutionManager resolutions, WorkflowManager workflows,
                            WorkflowSchemeManager workflowSchemes) {
        this.issueTypes = issueTypes;
        this.statuses = new OptionalService<>(StatusManager.class, statuses);
        this.statusCategories = new OptionalService<>(StatusCategoryManager.class, statusCategories);
        this.resolutions = new OptionalService<>(ResolutionManager.class, resolutions);
        this.workflows = workflows;
        this.workflowSchemes = workflowSchemes;
    }

    @Override
    public Optional<String> issueTypeId(String name) {
        return issueTypes.getIssueTypes().stream().filter(type -> type.getName().equalsIgnoreCase(name))
                .findFirst().map(IssueType::getId);
    }

    @Override
    public String createIssueType(String name, String description) {
        // A null avatar id lets Jira choose its default issue type avatar.
        return issueTypes.createIssueType(name, description, null).getId();
    }

    @Override
    public Optional<String> statusId(String name) {
        return statuses.call(StatusManager::getStatuses).stream()
                .filter(status -> status.getName().equalsIgnoreCase(name)).findFirst().map(Status::getId);
    }

    @Override
    public String createStatus(String name, String description, StatusCategory category) {
        var jiraCategory = statusCategories.call(manager -> manager.getStatusCategoryByKey(category.key()));
        if (jiraCategory == null) {
            throw new IllegalStateException("Jira has no status category with the key " + category.key());
        }
        return statuses.call(manager -> manager.createStatus(name, description, STATUS_ICON, jiraCategory)).getId();
    }

    @Override
    public Optional<String> resolutionId(String name) {
        return Optional.ofNullable(resolutions.call(manager -> manager.getResolutionByName(name))).map(Resolution::getId);
    }

    @Override
    public String createResolution(String name, String description) {
        return resolutions.call(manager -> manager.createResolution(name, description)).getId();
    }

    @Override
    public boolean hasWorkflow(String name) {
        return workflows.workflowExists(name);
    }

    @Override
    public void createWorkflow(String name, String description, String xml) {
        try {
            ConfigurableJiraWorkflow workflow =
                    new ConfigurableJiraWorkflow(name, WorkflowUtil.convertXMLtoWorkflowDescriptor(xml), workflows);
            workflow.setDescription(description);
            // Cast: Jira's WorkflowManager has had a createWorkflow(String, …) overload too, and a bare null would
            // not compile against it.
            workflows.createWorkflow((ApplicationUser) null, workflow);
        } catch (FactoryException e) {
            throw new IllegalStateException("Jira cannot read the workflow XML of " + name, e);
        }
    }

    @Override
    public Optional<Long> workflowSchemeId(String name) {
        return Optional.ofNullable(workflowSchemes.getWorkflowSchemeObj(name)).map(AssignableWorkflowScheme::getId);
    }

    @Override
    public long createWorkflowScheme(String name, String description, Map<String, String> workflowByIssueTypeId) {
        AssignableWorkflowScheme.Builder builder = workflowSchemes.assignableBuilder().setName(name).setDescription(description);
        workflowByIssueTypeId.forEach(builder::setMapping);
        return workflowSchemes.createScheme(builder.build()).getId();
    }
}
