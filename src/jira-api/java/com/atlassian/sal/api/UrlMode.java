package com.atlassian.sal.api;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/sal-parent/3.0.0/sal-api/apidocs/com/atlassian/sal/api/UrlMode.html
 * (package unchanged on Jira 11.3; jira-platform.md section 9): whether a URL SAL builds is absolute, relative (the
 * context path only) or either, and whether it follows the configured base URL or the request's.
 */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    AUTO,
    CANONICAL,
    RELATIVE_CANONICAL
}
