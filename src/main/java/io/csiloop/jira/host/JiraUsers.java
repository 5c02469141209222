package io.csiloop.jira.host;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;

import java.util.Optional;

/** The current user from Jira's authentication context. */
public final class JiraUsers implements Users {

    private final JiraAuthenticationContext authentication;

    public JiraUsers(JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public Optional<UserRef> current() {
        return Optional.ofNullable(authentication.getLoggedInUser()).map(JiraUsers::toRef);
    }

    static UserRef toRef(ApplicationUser user) {
        return new UserRef(user.getKey(), user.getDisplayName() == null ? user.getName() : user.getDisplayName());
    }
}
