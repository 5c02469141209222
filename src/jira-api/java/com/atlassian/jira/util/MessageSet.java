package com.atlassian.jira.util;

import java.util.Set;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/util/MessageSet.html
 */
public interface MessageSet {
    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
