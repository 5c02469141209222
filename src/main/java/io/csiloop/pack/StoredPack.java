package io.csiloop.pack;

import java.time.Instant;

/**
 * A stored stakeholder pack: served as it was, never re-rendered from current data.
 *
 * @param reference  what step 6's evidence records for it ({@code pack:<id>})
 * @param sourceData the inputs it was built from, in {@link PackSource}'s text form
 */
public record StoredPack(int id, long issueId, long projectId, int cycle, String createdBy, Instant createdAt,
                         String html, String csv, String sourceData) {

    static final String REFERENCE_PREFIX = "pack:";

    public String reference() {
        return REFERENCE_PREFIX + id;
    }
}
