package io.csiloop.rest;

import io.csiloop.port.Access;
import io.csiloop.port.GlobalAccess;
import io.csiloop.port.IssueRef;
import io.csiloop.port.LinkedIssues;
import io.csiloop.port.Issues;
import io.csiloop.port.StatusHistory;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.ProjectSetup;
import io.csiloop.port.ProjectSetupRefused;
import io.csiloop.port.SchemeChange;
import io.csiloop.port.SetupPlan;
import io.csiloop.port.Projects;
import io.csiloop.port.UserDirectory;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.List;
import java.util.Optional;

/**
 * The host as the REST tests need it: two projects, a few issues, and the caller's {@link Role} taken from the
 * request header {@value #ROLE_HEADER}, as Jira's servlet filters would have authenticated the request before
 * REST sees it. This object is the users, projects, access and global access ports; {@link #issues()} is the issues
 * port (its lookups have the same names as the projects' ones).
 */
final class FakeJira implements Users, UserDirectory, Projects, Access, GlobalAccess {

    static final String ROLE_HEADER = "X-Test-Role";
    static final ProjectRef PROJECT = new ProjectRef(10, "CSI", "Service desk improvement");
    static final ProjectRef OTHER_PROJECT = new ProjectRef(20, "OPS", "Operations");
    static final IssueRef IMPROVEMENT = new IssueRef(1001, "CSI-1", 10, "Faster first response", "Improvement",
            "Present the knowledge");
    static final IssueRef LIFECYCLE = new IssueRef(1002, "CSI-2", 10, "New self-service portal", "Lifecycle Project",
            "Planning");
    static final IssueRef OTHER_ISSUE = new IssueRef(2001, "OPS-1", 20, "Patch servers", "Improvement",
            "Identify the approach");

    private static final List<ProjectRef> PROJECTS = List.of(PROJECT, OTHER_PROJECT);
    /** A project whose lessons can be raised as improvements. */
    static final IssueRef CLOSING = new IssueRef(1003, "CSI-3", 10, "Retire the old ticket tool", "Lifecycle Project",
            "Closing");
    private static final List<IssueRef> ISSUES = List.of(IMPROVEMENT, LIFECYCLE, OTHER_ISSUE, CLOSING);

    private final ThreadLocal<Role> role = ThreadLocal.withInitial(() -> Role.ANONYMOUS);

    /** Sets the caller of each request from its header (a missing or unknown one is anonymous). */
    ContainerRequestFilter authentication() {
        return new Authentication();
    }

    @Override
    public Optional<UserRef> current() {
        return role.get().user();
    }

    /** As Jira's user manager: each role's user by their key, nobody else. */
    @Override
    public Optional<UserRef> userByKey(String key) {
        return java.util.Arrays.stream(Role.values()).map(Role::user).flatMap(Optional::stream)
                .filter(u -> u.key().equals(key)).findFirst();
    }

    @Override
    public boolean currentUserMay(ProjectAccess what, long projectId) {
        return projectId == PROJECT.id() && role.get().may(what);
    }

    @Override
    public boolean currentUserIsAdministrator() {
        return role.get().administersJira();
    }

    @Override
    public Optional<ProjectRef> byId(long id) {
        return PROJECTS.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<ProjectRef> byKey(String key) {
        return PROJECTS.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /**
     * Enabling CSI Loop: the test project lacks the issue types in a scheme it shares with the other project, so
     * applying needs confirmation; once confirmed the plan is empty.
     */
    ProjectSetup setup() {
        return new ProjectSetup() {
            @Override
            public SetupPlan plan(long projectId) {
                return new SetupPlan(byId(projectId).orElseThrow(), List.of(new SchemeChange(
                        SchemeChange.Kind.ADD_ISSUE_TYPES, "Shared issue types", List.of("Improvement"),
                        List.of(OTHER_PROJECT), false)), List.of());
            }

            @Override
            public SetupPlan apply(long projectId, boolean confirmSharedSchemes) {
                if (!confirmSharedSchemes) {
                    throw new ProjectSetupRefused(ProjectSetupRefused.Reason.SHARED_SCHEMES_NOT_CONFIRMED,
                            plan(projectId));
                }
                return new SetupPlan(byId(projectId).orElseThrow(), List.of(), List.of());
            }
        };
    }

    /** The lifecycle project has one unresolved linked issue; nothing else has links. */
    LinkedIssues linkedIssues() {
        return issueId -> issueId == LIFECYCLE.id() ? List.of("CSI-9") : List.of();
    }

    /** Every known issue entered its status on the first of January 2026 (the change history). */
    StatusHistory statusHistory() {
        return issueId -> ISSUES.stream().filter(i -> i.id() == issueId).findFirst()
                .map(i -> java.time.Instant.parse("2026-01-01T00:00:00Z"));
    }

    Issues issues() {
        return new Issues() {
            @Override
            public Optional<IssueRef> byId(long id) {
                return ISSUES.stream().filter(i -> i.id() == id).findFirst();
            }

            @Override
            public Optional<IssueRef> byKey(String key) {
                return ISSUES.stream().filter(i -> i.key().equals(key)).findFirst();
            }
        };
    }

    @PreMatching
    @Priority(1)
    private final class Authentication implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            String name = request.getHeaderString(ROLE_HEADER);
            Role caller = Role.ANONYMOUS;
            for (Role r : Role.values()) {
                if (r.name().equals(name)) {
                    caller = r;
                }
            }
            role.set(caller);
        }
    }
}
