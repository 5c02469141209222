package io.csiloop.preview.demo;

import java.util.Optional;

/**
 * Who the request being served on this thread belongs to, set by the preview's authentication filter from the
 * session cookie and cleared when the request ends: the preview's counterpart of Jira's authentication context.
 */
public final class CurrentUser {

    private final ThreadLocal<DemoUser> user = new ThreadLocal<>();

    public Optional<DemoUser> get() {
        return Optional.ofNullable(user.get());
    }

    /** Runs the work as the user (anonymous for null), restoring the previous one afterwards. */
    public <T> T as(DemoUser who, java.util.function.Supplier<T> work) {
        DemoUser before = user.get();
        user.set(who);
        try {
            return work.get();
        } finally {
            if (before == null) {
                user.remove();
            } else {
                user.set(before);
            }
        }
    }
}
