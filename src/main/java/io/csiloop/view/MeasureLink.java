package io.csiloop.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one place the address of a measure page is built ({@code /plugins/servlet/csiloop/measure}): the project key
 * and the definition id URL-encoded, relative to Jira's context path, which the template puts before it.
 *
 * @param projectKey the project the measures belong to
 */
public record MeasureLink(String projectKey) {

    /** The servlet's path under Jira's context path, as the descriptor declares it. */
    public static final String SERVLET = "/plugins/servlet/csiloop/measure";

    /** The measure page of the project's definition (an Integer: the velocity allowlist names parameter classes). */
    public String path(Integer definitionId) {
        return SERVLET + "?projectKey=" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8)
                + "&definitionId=" + URLEncoder.encode(definitionId.toString(), StandardCharsets.UTF_8);
    }
}
