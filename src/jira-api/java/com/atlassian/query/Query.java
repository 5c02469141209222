package com.atlassian.query;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/query/Query.html
 * (the app passes queries between Jira's parser, builder and searchers without reading them).
 */
public interface Query {
}
