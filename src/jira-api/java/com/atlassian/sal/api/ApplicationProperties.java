package com.atlassian.sal.api;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/sal-parent/3.0.0/sal-api/apidocs/com/atlassian/sal/api/ApplicationProperties.html
 * (package unchanged on Jira 11.3; jira-platform.md section 9), the one method CSI Loop calls; SAL 5's interface
 * (decompiled sal-api 5.1.4, jira-11-audit.md "DF") has it with the same signature. The deprecated
 * {@code getBaseUrl()} without a mode is left out on purpose: it is not to be called.
 */
public interface ApplicationProperties {

    /** The base URL in the mode asked for; {@link UrlMode#RELATIVE} is the context path, e.g. {@code /jira}. */
    String getBaseUrl(UrlMode urlMode);
}
