package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/util/ErrorCollection.html
 */
public interface ErrorCollection {
    boolean hasAnyErrors();

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();
}
