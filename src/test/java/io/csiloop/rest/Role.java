package io.csiloop.rest;

import io.csiloop.port.ProjectAccess;
import io.csiloop.port.UserRef;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The five kinds of caller the REST tests play, by what they may do in the test project (none of them may do
 * anything in the other project, {@link FakeJira#OTHER_PROJECT}).
 */
enum Role {
    ANONYMOUS(null),
    NO_BROWSE(EnumSet.noneOf(ProjectAccess.class)),
    BROWSE_ONLY(EnumSet.of(ProjectAccess.BROWSE)),
    EDITOR(EnumSet.of(ProjectAccess.BROWSE, ProjectAccess.EDIT)),
    PROJECT_ADMIN(EnumSet.allOf(ProjectAccess.class));

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

    /** Whether the role passes a method that requires the access (in the test project). */
    int expectedDenial(ProjectAccess required) {
        if (grants == null) {
            return 401;
        }
        return may(ProjectAccess.BROWSE) && may(required) ? 0 : 403;
    }
}
