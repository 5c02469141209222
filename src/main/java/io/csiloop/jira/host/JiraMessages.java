package io.csiloop.jira.host;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.csiloop.kernel.MessageSource;

import java.util.List;

/**
 * The app's messages in the language of the current user, from Jira's i18n helper, which holds every bundle the
 * plugin's descriptor declares and any translation of them. Reads no file itself: English without a user is
 * {@link io.csiloop.kernel.EnglishMessages}. Asked afresh on every call, so one instance serves every request.
 */
public final class JiraMessages implements MessageSource {

    private final JiraAuthenticationContext authentication;

    public JiraMessages(JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public String text(String key, List<?> params) {
        // Jira's I18nHelper takes the parameters as one Object: an array is spread over {0}, {1}, ...
        return params.isEmpty() ? authentication.getI18nHelper().getText(key)
                : authentication.getI18nHelper().getText(key, params.toArray());
    }
}
