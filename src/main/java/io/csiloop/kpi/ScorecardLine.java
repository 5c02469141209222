package io.csiloop.kpi;

import io.csiloop.measure.StoredDefinition;

import java.util.Optional;

/**
 * One line of a project's KPI scorecard.
 *
 * @param definition the measurement definition, as stored now
 * @param latest its latest KPI snapshot; empty when none was taken yet
 */
public record ScorecardLine(StoredDefinition definition, Optional<StoredSnapshot> latest) {
}
