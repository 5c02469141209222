package com.atlassian.jira.exception;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/exception/CreateException.html
 */
public class CreateException extends Exception {

    private static final long serialVersionUID = 1L;

    public CreateException(String message) {
        super(message);
    }
}
