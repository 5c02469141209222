package io.csiloop.preview.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/**
 * SAL's {@link ApplicationProperties} as the preview answers it: relative, its base URL is its context path
 * ({@code /jira}), as Jira answers with its own. The app asks for no absolute URL (links in pages stay relative),
 * and the preview, which may listen on a port chosen at start, refuses to make one up.
 */
public final class PreviewBaseUrl implements ApplicationProperties {

    private final String contextPath;

    public PreviewBaseUrl(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        if (urlMode != UrlMode.RELATIVE && urlMode != UrlMode.RELATIVE_CANONICAL) {
            throw new UnsupportedOperationException("the preview answers relative base URLs only, not " + urlMode);
        }
        return contextPath;
    }
}
