package io.csiloop.jira.host;

import com.atlassian.jira.user.util.UserManager;
import io.csiloop.port.UserDirectory;
import io.csiloop.port.UserRef;

import java.util.Optional;

/** People by key from Jira's user manager (null for a key it does not know, such as a deleted user's). */
public final class JiraUserDirectory implements UserDirectory {

    private final UserManager users;

    public JiraUserDirectory(UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<UserRef> userByKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(users.getUserByKey(key)).map(JiraUsers::toRef);
    }
}
