package io.csiloop.preview.demo;

import io.csiloop.port.ProjectAccess;
import io.csiloop.port.UserRef;

/**
 * A person of the preview's demo directory.
 *
 * @param name     the login name, which is also the user key
 * @param password the demo password, shown on the login page: this is a preview, not a user store
 * @param token    the demo personal access token, sent as {@code Authorization: Bearer <token>} the way scripts
 *                 authenticate to Jira 11, where basic authentication is off by default; shown on the login page
 * @param level    the most the user may do in every demo project; each level includes the ones below it
 */
public record DemoUser(String name, String password, String token, String displayName, ProjectAccess level) {

    public UserRef ref() {
        return new UserRef(name, displayName);
    }

    /** Whether the user may do {@code what}: the levels are ordered browse, edit, administer. */
    public boolean may(ProjectAccess what) {
        return level.compareTo(what) >= 0;
    }
}
