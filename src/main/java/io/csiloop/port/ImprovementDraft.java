package io.csiloop.port;

import java.util.Objects;

/**
 * An Improvement issue to raise.
 *
 * @param projectId the project it goes into
 * @param reporterKey the host's key of the user it is raised as
 * @param summary one line, at most 255 characters
 * @param description plain text, several lines
 */
public record ImprovementDraft(long projectId, String reporterKey, String summary, String description) {

    public static final int SUMMARY_MAX = 255;

    public ImprovementDraft {
        Objects.requireNonNull(reporterKey, "reporterKey");
        Objects.requireNonNull(description, "description");
        if (Objects.requireNonNull(summary, "summary").isBlank() || summary.length() > SUMMARY_MAX) {
            throw new IllegalArgumentException("a summary of 1 to " + SUMMARY_MAX + " characters is required");
        }
    }
}
