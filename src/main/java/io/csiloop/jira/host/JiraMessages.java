package io.csiloop.jira.host;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.csiloop.lifecycle.MessageSource;

import java.util.List;

/**
 * The app's messages in the language of the current user, from Jira's i18n helper (which reads the plugin's
 * {@code i18n/csiloop.properties} like Jira's own bundles): what the context providers use to hand templates
 * ready-made text.
 */
public final class JiraMessages implements MessageSource {

    private final JiraAuthenticationContext authentication;

    public JiraMessages(JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public String text(String key, List<?> params) {
        return authentication.getI18nHelper().getText(key, params.toArray());
    }
}
