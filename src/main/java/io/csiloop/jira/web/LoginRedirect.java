package io.csiloop.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import io.csiloop.port.Users;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;

/**
 * Sends an anonymous visitor of one of the app's pages to Jira's login, to come back to the page afterwards. Jira
 * runs a plugin servlet for anonymous requests too (it asks for no login first), so each page servlet asks here
 * before it reads anything; the content servlets that Jira shows anonymous users where permissions allow (the issue
 * panels) do not.
 *
 * <p>The return URI is the page relative to Jira's context path (servlet path, path info and query), the form Seraph
 * itself gives {@code os_destination} when it sends a visitor to the login, so that Jira's login puts the context
 * path in front once.
 */
public final class LoginRedirect {

    private final Users users;
    private final LoginUriProvider loginUris;

    public LoginRedirect(Users users, LoginUriProvider loginUris) {
        this.users = users;
        this.loginUris = loginUris;
    }

    /** Whether the request is anonymous, in which case the answer is the redirect to the login and the servlet stops. */
    public boolean sentToLoginIfAnonymous(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (users.current().isPresent()) {
            return false;
        }
        response.sendRedirect(loginUris.getLoginUri(returnUri(request)).toASCIIString());
        return true;
    }

    static URI returnUri(HttpServletRequest request) {
        String page = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String query = request.getQueryString();
        try {
            return URI.create(query == null ? page : page + "?" + query);
        } catch (IllegalArgumentException e) {
            // A query no URI can hold (a raw space, say): back to the page itself rather than to no page.
            return URI.create(page);
        }
    }
}
