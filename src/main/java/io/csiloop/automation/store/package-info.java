/**
 * The automation's repositories over Active Objects: {@link io.csiloop.automation.store.AoDefinitionAutomations},
 * {@link io.csiloop.automation.store.AoCompletedPeriods}, {@link io.csiloop.automation.store.AoRaisedSignals},
 * {@link io.csiloop.automation.store.AoSettingsStore}, and {@link io.csiloop.automation.store.AoTransactions}, the
 * transactions of the port {@code io.csiloop.port.Transactions} (Active Objects' own, which the store's repositories
 * join). The entities of {@link io.csiloop.automation.store.entity} never leave this package.
 */
package io.csiloop.automation.store;
