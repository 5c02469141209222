package com.atlassian.jira.config;

import com.atlassian.jira.issue.resolution.Resolution;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/config/ResolutionManager.html
 * (the @PublicApi interface; checked against https://docs.atlassian.com/jira/latest/com/atlassian/jira/config/ResolutionManager.html).
 */
public interface ResolutionManager {
    Resolution createResolution(String name, String description);

    Resolution getResolutionByName(String name);
}
