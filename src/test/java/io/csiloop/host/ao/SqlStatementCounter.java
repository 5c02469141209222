package io.csiloop.host.ao;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Counts the SQL statements that reach the JDBC driver: every {@code execute…} call on a statement handed out
 * by the wrapped data source (a batch counts once, as it is one round of the driver). It sees what Active
 * Objects really sends, below AO, so a test can assert how many statements an operation costs. It also counts the
 * rows those statements' result sets handed over ({@link #rows()}), so a test can prove a read fetched a bounded
 * number of rows whatever the table holds.
 */
public final class SqlStatementCounter implements UnaryOperator<DataSource> {

    private final AtomicLong executed = new AtomicLong();
    private volatile Consumer<String> afterExecute = sql -> { };
    private final AtomicLong rows = new AtomicLong();
    private final boolean countingRows;

    /** A counter of statements and of the rows their result sets hand over. */
    public SqlStatementCounter() {
        this(true);
    }

    private SqlStatementCounter(boolean countingRows) {
        this.countingRows = countingRows;
    }

    /**
     * A counter of statements only, whose result sets are the driver's own: the load harness's requests read
     * thousands of values each, and a reflective proxy on every {@code getInt} was a tenth of the time it measured.
     */
    public static SqlStatementCounter statementsOnly() {
        return new SqlStatementCounter(false);
    }

    /** How many statements ran since the counter was made or last {@link #reset()}. */
    public long count() {
        return executed.get();
    }

    public void reset() {
        executed.set(0);
        rows.set(0);
    }

    /** How many rows result sets handed over ({@code next()} returned true) since made or last {@link #reset()}. */
    public long rows() {
        if (!countingRows) {
            throw new IllegalStateException("this counter counts statements only");
        }
        return rows.get();
    }

    /** The number of rows {@code action} fetches from the driver. */
    public long rowsWhile(Runnable action) {
        long before = rows();
        action.run();
        return rows() - before;
    }

    /** The number of statements {@code action} runs. */
    public long countWhile(Runnable action) {
        long before = count();
        action.run();
        return count() - before;
    }

    /**
     * Runs {@code hook} with the statement's SQL (null for a plain statement's) after each statement executed, in
     * the executing thread: lets a race test stop one transaction between two statements.
     */
    public void afterExecute(Consumer<String> hook) {
        afterExecute = hook;
    }

    @Override
    public DataSource apply(DataSource source) {
        return wrap(DataSource.class, source, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return method.getName().equals("getConnection") ? wrap(Connection.class, (Connection) result, this::onConnection) : result;
        });
    }

    private Object onConnection(Connection connection, Method method, Object[] args) throws Throwable {
        Object result = invoke(connection, method, args);
        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
        if (result instanceof CallableStatement statement) {
            return wrap(CallableStatement.class, statement, (s, m, a) -> onStatement(sql, s, m, a));
        } else if (result instanceof PreparedStatement statement) {
            return wrap(PreparedStatement.class, statement, (s, m, a) -> onStatement(sql, s, m, a));
        } else if (result instanceof Statement statement) {
            return wrap(Statement.class, statement, (s, m, a) -> onStatement(null, s, m, a));
        }
        return result;
    }

    private Object onStatement(String sql, Statement statement, Method method, Object[] args) throws Throwable {
        if (!method.getName().startsWith("execute")) {
            return invoke(statement, method, args);
        }
        executed.incrementAndGet();
        Object result = invoke(statement, method, args);
        afterExecute.accept(sql);
        return countingRows && result instanceof ResultSet resultSet ? wrap(ResultSet.class, resultSet, this::onResultSet)
                : result;
    }

    private Object onResultSet(ResultSet resultSet, Method method, Object[] args) throws Throwable {
        Object result = invoke(resultSet, method, args);
        if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
            rows.incrementAndGet();
        }
        return result;
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T wrap(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
