package io.csiloop.process;

/**
 * The Jira status category a status belongs to, which decides its colour on boards and whether an
 * issue in it counts as finished. {@link #key()} holds Jira's own category keys (the values of
 * {@code StatusCategory.TO_DO}, {@code IN_PROGRESS} and {@code COMPLETE}), so the setup code can look
 * the category up by key.
 */
public enum StatusCategory {
    TO_DO("new"),
    IN_PROGRESS("indeterminate"),
    DONE("done");

    private final String key;

    StatusCategory(String key) {
        this.key = key;
    }

    /** Jira's status category key: {@code "new"}, {@code "indeterminate"} or {@code "done"}. */
    public String key() {
        return key;
    }
}
