package com.atlassian.jira.scheme;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/scheme/Scheme.html
 * (a class in Jira; the app only passes it back to SchemeManager).
 */
public class Scheme {
    public Scheme() {
        throw new UnsupportedOperationException("stand-in");
    }
}
