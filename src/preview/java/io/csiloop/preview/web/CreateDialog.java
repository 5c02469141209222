package io.csiloop.preview.web;

import io.csiloop.port.ProjectRef;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.DemoUser;
import io.csiloop.preview.demo.ProjectSchemes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the header's Create dialog offers the person: the projects they may create issues in that have an issue
 * type the preview runs a workflow for (CSI Loop's), each with those types, and the assignable people. Nobody
 * who may create nowhere gets the Create button, as in Jira.
 */
public final class CreateDialog {

    private final DemoDirectory directory;
    private final ProjectSchemes schemes;

    public CreateDialog(DemoDirectory directory, ProjectSchemes schemes) {
        this.directory = directory;
        this.schemes = schemes;
    }

    /** The dialog's choices for the person; empty when they may create nothing. */
    public Optional<Map<String, Object>> choices(Optional<DemoUser> user) {
        if (user.isEmpty()) {
            return Optional.empty();
        }
        List<ProjectRef> projects = directory.projects().stream()
                .filter(p -> directory.currentUserMayCreate(p.id()) && !schemes.csiLoopTypes(p.id()).isEmpty()).toList();
        if (projects.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> projectChoices = projects.stream().map(p -> Map.<String, Object>of("key", p.key(),
                "name", p.name(), "types", String.join("|", schemes.csiLoopTypes(p.id())))).toList();
        List<Map<String, Object>> people = directory.assignable(projects.get(0).id()).stream()
                .map(u -> Map.<String, Object>of("name", u.name(), "displayName", u.displayName())).toList();
        return Optional.of(Map.of("projects", projectChoices, "types", schemes.csiLoopTypeNames(), "assignees", people));
    }
}
