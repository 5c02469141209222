package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/bc/issue/IssueService.html
 * (validate, then create: the validation checks the user's permissions and required fields; documented since
 * Jira 4.1, unconfirmed on 11.3). In Jira the result classes inherit {@code isValid()} and
 * {@code getErrorCollection()} from {@code ServiceResultImpl}; declaring them here links the same way.
 */
public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    /** Compile-only stand-in of {@code IssueService.CreateValidationResult}. */
    class CreateValidationResult {
        public boolean isValid() {
            throw new UnsupportedOperationException("stand-in");
        }

        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("stand-in");
        }
    }

    /** Compile-only stand-in of {@code IssueService.IssueResult}. */
    class IssueResult {
        public boolean isValid() {
            throw new UnsupportedOperationException("stand-in");
        }

        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("stand-in");
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("stand-in");
        }
    }
}
