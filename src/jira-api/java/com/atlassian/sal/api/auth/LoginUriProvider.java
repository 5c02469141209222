package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Compile-only stand-in. Mirrors SAL's {@code com.atlassian.sal.api.auth.LoginUriProvider} (SAL since 2.0; Jira
 * provides it to plugins, as the SDK's "Control access with SAL" tutorial uses it from a plugin servlet): the one
 * method CSI Loop calls. SAL's javadoc: returns the URI to redirect users to for login, which carries
 * {@code returnUri} so that once login is complete the user is redirected back to the original page. The overloads
 * with page capabilities and a user role are left out: the app does not call them.
 *
 * <p>Jira's implementation (SAL's {@code SeraphLoginUriProvider}) puts the URL-encoded {@code returnUri} in place of
 * {@code ${originalurl}} in Seraph's {@code login.url} ({@code /login.jsp?...os_destination=${originalurl}...}) and
 * prefixes the base URL. Seraph itself fills {@code ${originalurl}} with the request's servlet path, path info and
 * query, relative to the context path: a return URI in that form comes back to the page after login.
 */
public interface LoginUriProvider {

    /**
     * The URI to send a user to for login.
     *
     * @param returnUri the page the application should send the user back to once login is complete
     * @return where to redirect the user for login
     */
    URI getLoginUri(URI returnUri);
}
