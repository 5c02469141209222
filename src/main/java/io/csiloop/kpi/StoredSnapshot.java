package io.csiloop.kpi;

/**
 * A KPI snapshot as stored.
 *
 * @param id the store's id; a later snapshot has a larger one
 * @param snapshot what was stored
 */
public record StoredSnapshot(int id, KpiSnapshot snapshot) {
}
