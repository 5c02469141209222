package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/user/util/UserManager.html
 * ({@code getUserByKey} is called by a Jira 11 app; null for an unknown key).
 */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);
}
