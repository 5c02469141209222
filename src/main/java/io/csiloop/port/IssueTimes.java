package io.csiloop.port;

import java.time.Instant;
import java.util.Objects;

/**
 * When one issue was created and when it was resolved.
 *
 * @param created never null
 * @param resolved never null: only resolved issues are handed over
 */
public record IssueTimes(Instant created, Instant resolved) {

    public IssueTimes {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(resolved, "resolved");
    }
}
