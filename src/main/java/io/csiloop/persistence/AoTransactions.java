package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.port.Transactions;

import java.util.function.Supplier;

/**
 * {@link Transactions} as Active Objects runs them: the store's repositories start their own transactions with the
 * same {@code executeInTransaction}, which join an enclosing one, so work of several repositories commits or rolls
 * back together.
 */
public final class AoTransactions implements Transactions {

    private final ActiveObjects ao;

    public AoTransactions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
