package io.csiloop.application.process;

import io.csiloop.improvement.RegisterEntry;

import java.util.Optional;

/**
 * An Improvement's place in the seven steps with its CSI register entry.
 *
 * @param register the entry; empty while nothing was registered (the improvement is then in its first cycle)
 */
public record ImprovementPlace(ProcessPlace process, Optional<RegisterEntry> register) {
}
