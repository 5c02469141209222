package io.csiloop.view.automation;

import io.csiloop.kernel.MessageSource;

import java.util.List;

/**
 * The page's texts for templates, as {@code $text.getText("key")}: translated by Jira's i18n helper for the user,
 * and escaped by Jira on output like any other value. Both methods are on the Velocity allowlist.
 */
public final class PageText {

    private final MessageSource messages;

    public PageText(MessageSource messages) {
        this.messages = messages;
    }

    public String getText(String key) {
        return messages.text(key, List.of());
    }

    public String getText(String key, Object parameter) {
        return messages.text(key, List.of(parameter));
    }
}
