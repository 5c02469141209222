package io.csiloop.preview.web;

import com.atlassian.sal.api.auth.LoginUriProvider;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * SAL's {@link LoginUriProvider} as the preview answers it, the way Jira's does (SAL's {@code SeraphLoginUriProvider}):
 * the login page under the base URL (relative here, as {@link PreviewBaseUrl}), with the return URI URL-encoded as
 * {@code os_destination}. Jira's login takes a relative destination as relative to its context path, and so does
 * the preview's ({@link LoginPage}): a return URI that already carries the context path would not come back.
 */
public final class PreviewLoginUri implements LoginUriProvider {

    private final String contextPath;

    public PreviewLoginUri(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        return URI.create(contextPath + "/login.jsp?permissionViolation=true&os_destination="
                + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));
    }
}
