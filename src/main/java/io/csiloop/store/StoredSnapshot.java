package io.csiloop.store;

/**
 * A KPI snapshot as stored.
 *
 * @param id the store's id; a later snapshot has a larger one
 * @param snapshot what was stored
 */
public record StoredSnapshot(int id, KpiSnapshot snapshot) {
}
