package io.csiloop.port;

import java.util.function.Supplier;

/**
 * The host's database transactions. Work done inside {@link #inTransaction} is committed together when it
 * returns, or rolled back together when it throws; a transaction started inside another joins it.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
