package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link ActiveObjects} that passes everything on, except that its {@code n}-th bulk insert fails after the
 * earlier ones reached the database: a fault in the middle of a batch of data points.
 */
final class FailingBatches {

    private FailingBatches() {
    }

    static ActiveObjects failingAt(int n, ActiveObjects real) {
        AtomicInteger bulkInserts = new AtomicInteger();
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, args) -> {
                    boolean bulk = method.getName().equals("create") && args.length == 2 && args[1] instanceof List;
                    if (bulk && bulkInserts.incrementAndGet() == n) {
                        throw new IllegalStateException("fault injected into bulk insert " + n);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
