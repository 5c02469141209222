package io.csiloop.preview.demo;

import io.csiloop.port.Access;
import io.csiloop.port.GlobalAccess;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.Projects;
import io.csiloop.port.UserDirectory;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The preview's stand-in for Jira's users, projects and permission schemes: three demo people with fixed
 * levels and two demo projects (Service Operations with CSI Loop, IT Operations without it until enabled). It implements the app's ports, so the REST resources and context providers
 * run the same permission checks as inside Jira (browse, edit, administer), only against this directory.
 */
public final class DemoDirectory implements Users, UserDirectory, Projects, Access, GlobalAccess {

    /** The demo project every seeded issue lives in. */
    public static final ProjectRef SERVICE_OPERATIONS = new ProjectRef(10_000L, "SVC", "Service Operations");

    /** The second demo project: it starts without CSI Loop, to be enabled through its settings page. */
    public static final ProjectRef IT_OPERATIONS = new ProjectRef(10_100L, "OPS", "IT Operations");

    private static final List<DemoUser> PEOPLE = List.of(
            new DemoUser("admin", "admin", "demo-admin-pat", "Ada Admin", ProjectAccess.ADMINISTER),
            new DemoUser("editor", "editor", "demo-editor-pat", "Ed Editor", ProjectAccess.EDIT),
            new DemoUser("viewer", "viewer", "demo-viewer-pat", "Vic Viewer", ProjectAccess.BROWSE));

    private final CurrentUser current;
    private final List<ProjectRef> projects;

    public DemoDirectory(CurrentUser current) {
        this(current, List.of());
    }

    /**
     * The demo directory with more projects after the two demo ones, with the same people and permissions: the scale
     * data set of issue 19 ({@code io.csiloop.scale}) files its issues in fifty projects of its own.
     */
    public DemoDirectory(CurrentUser current, List<ProjectRef> moreProjects) {
        this.current = current;
        this.projects = Stream.concat(Stream.of(SERVICE_OPERATIONS, IT_OPERATIONS), moreProjects.stream())
                .toList();
    }

    public List<DemoUser> people() {
        return PEOPLE;
    }

    /** The person with the name and password; empty when either is wrong. */
    public Optional<DemoUser> authenticate(String name, String password) {
        return PEOPLE.stream().filter(u -> u.name().equals(name) && u.password().equals(password)).findFirst();
    }

    /** The person whose personal access token this is; empty for any other text. */
    public Optional<DemoUser> byToken(String token) {
        return PEOPLE.stream().filter(u -> u.token().equals(token)).findFirst();
    }

    public Optional<DemoUser> byName(String name) {
        return PEOPLE.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    public List<ProjectRef> projects() {
        return projects;
    }

    @Override
    public Optional<UserRef> current() {
        return current.get().map(DemoUser::ref);
    }

    /** As Jira's UserManager.getUserByKey: the person whose key it is (a demo user's key is their name), or none. */
    @Override
    public Optional<UserRef> userByKey(String key) {
        return byName(key).map(DemoUser::ref);
    }

    @Override
    public Optional<ProjectRef> byId(long id) {
        return projects().stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<ProjectRef> byKey(String key) {
        return projects().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** Anonymous callers may do nothing: the demo project does not allow anonymous browsing. */
    @Override
    public boolean currentUserMay(ProjectAccess what, long projectId) {
        return byId(projectId).isPresent() && current.get().map(u -> u.may(what)).orElse(false);
    }

    /**
     * Jira's "Create Issues" permission: the demo's permission scheme grants it to the people who may edit issues
     * (admin, editor), not to the viewer.
     */
    public boolean currentUserMayCreate(long projectId) {
        return current.get().map(u -> mayCreate(u, projectId)).orElse(false);
    }

    /** Jira's "Create Issues" permission of the person in the project. */
    public boolean mayCreate(DemoUser user, long projectId) {
        return byId(projectId).isPresent() && user.may(ProjectAccess.EDIT);
    }

    /** Jira's "Assignable User": the people who may edit the project's issues, in the directory's order. */
    public List<DemoUser> assignable(long projectId) {
        return byId(projectId).isEmpty() ? List.of() : PEOPLE.stream().filter(u -> u.may(ProjectAccess.EDIT)).toList();
    }

    /** Nobody administers the demo's Jira: its admin administers the demo project only (the README's logins). */
    @Override
    public boolean currentUserIsAdministrator() {
        return false;
    }
}
