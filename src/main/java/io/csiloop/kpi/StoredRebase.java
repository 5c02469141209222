package io.csiloop.kpi;

import java.time.Instant;
import java.util.Objects;

/**
 * A rebase as stored: which measure, where its phase begins and the approval itself.
 *
 * @param id the store's id
 * @param definitionId the measure
 * @param phaseStart the start of the first period of the new phase (at or after {@code rebase.at()})
 * @param rebase who approved which rebase, when and why
 */
public record StoredRebase(long id, int definitionId, Instant phaseStart, Rebase rebase) {

    public StoredRebase {
        Objects.requireNonNull(phaseStart, "phaseStart");
        Objects.requireNonNull(rebase, "rebase");
    }
}
