package io.csiloop.rest;

import io.csiloop.port.ProjectAccess;
import io.csiloop.port.UserRef;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The six kinds of caller the REST tests play, by what they may do in the test project (none of them may do
 * anything in the other project, {@link FakeJira#OTHER_PROJECT}) and whether they administer Jira (only
 * {@link #JIRA_ADMIN}, who has no permission in any project: the two are granted apart in Jira).
 */
enum Role {
    ANONYMOUS(null),
    NO_BROWSE(EnumSet.noneOf(ProjectAccess.class)),
    BROWSE_ONLY(EnumSet.of(ProjectAccess.BROWSE)),
    EDITOR(EnumSet.of(ProjectAccess.BROWSE, ProjectAccess.EDIT)),
    PROJECT_ADMIN(EnumSet.allOf(ProjectAccess.class)),
    JIRA_ADMIN(EnumSet.noneOf(ProjectAccess.class));

    private final Set<ProjectAccess> grants;

    Role(Set<ProjectAccess> grants) {
        this.grants = grants;
    }

    Optional<UserRef> user() {
        return grants == null ? Optional.empty() : Optional.of(new UserRef("user-" + name().toLowerCase(), name()));
    }

    boolean may(ProjectAccess access) {
        return grants != null && grants.contains(access);
    }

    boolean administersJira() {
        return this == JIRA_ADMIN;
    }

    /** Whether the role passes a method that requires the permission ({@link Endpoint#required}, in the test project). */
    int expectedDenial(String permission) {
        if (grants == null) {
            return 401;
        }
        if (permission.equals(Endpoint.ADMINISTER_JIRA)) {
            return administersJira() ? 0 : 403;
        }
        ProjectAccess required = ProjectAccess.valueOf(permission);
        return may(ProjectAccess.BROWSE) && may(required) ? 0 : 403;
    }
}
