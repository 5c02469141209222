package io.csiloop.application.setup;

import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.kernel.EnglishMessages;
import io.csiloop.process.Resolution;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowStatus;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Puts CSI Loop into Jira's configuration, or finds what an earlier run put there: the issue types
 * "Lifecycle Project" and "Improvement", the statuses of both process models in their status categories,
 * the resolutions, the two workflows from the shipped XML and the workflow scheme "CSI Loop". Everything
 * is found by name first and created only when missing; nothing that exists is changed or deleted, so the
 * run is idempotent and an administrator's changes survive re-enabling the app.
 */
public final class CsiLoopSetup {

    private final SetupCatalog catalog;
    private final EnglishMessages messages = new EnglishMessages();

    public CsiLoopSetup(SetupCatalog catalog) {
        this.catalog = catalog;
    }

    /** Finds or creates everything; the report says which was which. */
    public SetupReport ensure() {
        SetupReport.Builder report = new SetupReport.Builder();
        Map<String, String> resolutionIds = new HashMap<>();
        for (Resolution resolution : Resolution.values()) {
            String name = messages.text(resolution.nameKey());
            resolutionIds.put(resolution.key(), findOrCreate("resolution", name, catalog.resolutionId(name),
                    () -> catalog.createResolution(name, ""), report));
        }
        Map<String, String> workflowByType = new LinkedHashMap<>();
        for (CsiLoopIssueType type : CsiLoopIssueType.values()) {
            String name = messages.text(type.nameKey());
            String typeId = findOrCreate("issue type", name, catalog.issueTypeId(name),
                    () -> catalog.createIssueType(name, messages.text(type.descriptionKey())), report);
            workflowByType.put(typeId, ensureWorkflow(type.workflow(), resolutionIds, report));
        }
        String schemeName = messages.text(CsiLoopIssueType.SCHEME_NAME_KEY);
        findOrCreate("workflow scheme", schemeName, catalog.workflowSchemeId(schemeName),
                () -> catalog.createWorkflowScheme(schemeName, messages.text(CsiLoopIssueType.SCHEME_DESCRIPTION_KEY),
                        workflowByType), report);
        return report.build();
    }

    /** What an earlier run installed, found without creating anything; empty while any part is missing. */
    public Optional<Installation> installed() {
        Map<CsiLoopIssueType, String> typeIds = new EnumMap<>(CsiLoopIssueType.class);
        Map<CsiLoopIssueType, String> workflows = new EnumMap<>(CsiLoopIssueType.class);
        for (CsiLoopIssueType type : CsiLoopIssueType.values()) {
            Optional<String> typeId = catalog.issueTypeId(messages.text(type.nameKey()));
            String workflow = messages.text(type.workflow().nameKey());
            if (typeId.isEmpty() || !catalog.hasWorkflow(workflow)) {
                return Optional.empty();
            }
            typeIds.put(type, typeId.get());
            workflows.put(type, workflow);
        }
        return catalog.workflowSchemeId(messages.text(CsiLoopIssueType.SCHEME_NAME_KEY))
                .map(schemeId -> new Installation(typeIds, workflows, schemeId));
    }

    private String ensureWorkflow(WorkflowModel model, Map<String, String> resolutionIds, SetupReport.Builder report) {
        Map<String, String> statusIds = new HashMap<>();
        for (WorkflowStatus status : model.statuses()) {
            String name = messages.text(status.nameKey());
            statusIds.put(status.key(), findOrCreate("status", name, catalog.statusId(name),
                    () -> catalog.createStatus(name, messages.text(status.guidance().nowKey()), status.category()), report));
        }
        String name = messages.text(model.nameKey());
        if (catalog.hasWorkflow(name)) {
            report.reused("workflow", name, model.key());
        } else {
            catalog.createWorkflow(name, name, WorkflowXmlTemplate.render(model, statusIds, resolutionIds));
            report.created("workflow", name, model.key());
        }
        return name;
    }

    private static <T> T findOrCreate(String kind, String name, Optional<T> found, Supplier<T> create,
                                      SetupReport.Builder report) {
        if (found.isPresent()) {
            report.reused(kind, name, found.get());
            return found.get();
        }
        T id = create.get();
        report.created(kind, name, id);
        return id;
    }
}
