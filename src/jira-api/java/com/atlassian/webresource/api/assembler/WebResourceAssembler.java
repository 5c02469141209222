package com.atlassian.webresource.api.assembler;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/atlassian-plugins-webresource/ (webresource-api,
 * com.atlassian.webresource.api.assembler.WebResourceAssembler): Collects what a page needs. The documented successor of the deprecated
 * WebResourceManager; its presence on Jira 11.3 is unconfirmed (docs/jira-integration.md).
 */
public interface WebResourceAssembler {
    RequiredResources resources();
}
