package com.atlassian.sal.api.transaction;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/sal-parent/3.0.0/sal-api/apidocs/com/atlassian/sal/api/transaction/TransactionTemplate.html
 * (package unchanged on Jira 11.3; jira-platform.md section 9).
 */
public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action);
}
