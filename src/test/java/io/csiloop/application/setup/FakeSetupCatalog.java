package io.csiloop.application.setup;

import io.csiloop.process.StatusCategory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Jira's configuration in memory, with a log of every creation, for running setup without Jira. */
public final class FakeSetupCatalog implements SetupCatalog {

    public final Map<String, String> issueTypes = new LinkedHashMap<>();
    public final Map<String, String> statuses = new LinkedHashMap<>();
    public final Map<String, StatusCategory> statusCategories = new LinkedHashMap<>();
    public final Map<String, String> resolutions = new LinkedHashMap<>();
    public final Map<String, String> workflows = new LinkedHashMap<>();
    public final Map<String, Map<String, String>> schemes = new LinkedHashMap<>();
    public final List<String> creations = new ArrayList<>();
    private int nextId = 10_000;

    @Override
    public Optional<String> issueTypeId(String name) {
        return find(issueTypes, name);
    }

    @Override
    public String createIssueType(String name, String description) {
        return create(issueTypes, "issue type", name);
    }

    @Override
    public Optional<String> statusId(String name) {
        return find(statuses, name);
    }

    @Override
    public String createStatus(String name, String description, StatusCategory category) {
        statusCategories.put(name, category);
        return create(statuses, "status", name);
    }

    @Override
    public Optional<String> resolutionId(String name) {
        return find(resolutions, name);
    }

    @Override
    public String createResolution(String name, String description) {
        return create(resolutions, "resolution", name);
    }

    @Override
    public boolean hasWorkflow(String name) {
        return workflows.containsKey(name);
    }

    @Override
    public void createWorkflow(String name, String description, String xml) {
        workflows.put(name, xml);
        creations.add("workflow " + name);
    }

    @Override
    public Optional<Long> workflowSchemeId(String name) {
        return schemes.containsKey(name) ? Optional.of((long) List.copyOf(schemes.keySet()).indexOf(name) + 1) : Optional.empty();
    }

    @Override
    public long createWorkflowScheme(String name, String description, Map<String, String> workflowByIssueTypeId) {
        schemes.put(name, Map.copyOf(workflowByIssueTypeId));
        creations.add("workflow scheme " + name);
        return schemes.size();
    }

    private static Optional<String> find(Map<String, String> byName, String name) {
        return byName.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    private String create(Map<String, String> byName, String kind, String name) {
        String id = String.valueOf(nextId++);
        byName.put(name, id);
        creations.add(kind + " " + name);
        return id;
    }
}
