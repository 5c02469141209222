package io.csiloop.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import io.csiloop.port.UserRef;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.mockito.Mockito.when;

/**
 * Who asks a page servlet, for the servlets' tests: a signed-in user or an anonymous visitor, with SAL's login URI as
 * Jira forms it (the base URL, Seraph's login URL, the return URI encoded as {@code os_destination}).
 */
final class Visitors {

    static final String LOGIN = "/jira/login.jsp?permissionViolation=true&os_destination=";
    private static final LoginUriProvider JIRA_LOGIN =
            returnUri -> URI.create(LOGIN + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));

    private Visitors() {
    }

    static LoginRedirect signedIn() {
        return new LoginRedirect(() -> Optional.of(new UserRef("ada", "Ada")), JIRA_LOGIN);
    }

    static LoginRedirect anonymous() {
        return new LoginRedirect(Optional::empty, JIRA_LOGIN);
    }

    /** The request for {@code /jira/plugins/servlet<pathInfo>?<query>} as Jira hands it to the servlet. */
    static void asking(HttpServletRequest request, String pathInfo, String query) {
        when(request.getServletPath()).thenReturn("/plugins/servlet");
        when(request.getPathInfo()).thenReturn(pathInfo);
        when(request.getQueryString()).thenReturn(query);
    }
}
