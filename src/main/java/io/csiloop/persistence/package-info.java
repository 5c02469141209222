/**
 * The automation's repositories over Active Objects: {@link io.csiloop.persistence.AoDefinitionAutomations},
 * {@link io.csiloop.persistence.AoCompletedPeriods}, {@link io.csiloop.persistence.AoRaisedSignals},
 * {@link io.csiloop.persistence.AoSettingsStore}, and {@link io.csiloop.persistence.AoTransactions}, the
 * transactions of the port {@code io.csiloop.port.Transactions} (Active Objects' own, which the store's repositories
 * join). The entities of {@link io.csiloop.automation.store.entity} never leave this package.
 */
package io.csiloop.persistence;
