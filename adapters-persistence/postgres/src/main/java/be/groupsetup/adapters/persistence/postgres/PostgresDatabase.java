package be.groupsetup.adapters.persistence.postgres;

import be.groupsetup.application.error.StorageException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * The database behind the store: a small connection pool, the schema brought up to date by {@link SchemaMigrations}
 * on first use, and transactions whose failures become {@link StorageException}s naming the URL without its
 * password. Nothing connects until the first call, so that a process that never touches the storage (help, a
 * usage error) never waits for the database, and a database that is down gives the same one-line message at the
 * first command as in the middle of one.
 */
public final class PostgresDatabase implements AutoCloseable {

    /** How long to wait for a connection: a database that is down or unreachable fails within seconds. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(4);
    /** To open the connection, then to log in (a server that accepts and never answers is as good as down). */
    private static final int CONNECT_TIMEOUT_SECONDS = 3;
    private static final int LOGIN_TIMEOUT_SECONDS = 4;
    /**
     * A reply that takes this much longer than the lock timeout is a lost connection, not a slow query (ours are
     * small): a change may wait for a row lock up to the lock timeout, never for this.
     */
    private static final int SOCKET_TIMEOUT_MARGIN_SECONDS = 20;
    private static final int ATTEMPTS = 3;

    private final HikariConfig config;
    private final PostgresSettings settings;
    private volatile HikariDataSource pool;
    private volatile boolean ready;

    private PostgresDatabase(HikariConfig config, PostgresSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    /** The settings' database; nothing connects until the first call. */
    public static PostgresDatabase open(PostgresSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("groupsetup");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        // one technician's process needs one or two connections; the pool keeps them for the session's commands
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(Math.min(2_000, CONNECTION_TIMEOUT.toMillis() - 1_000));
        // the pool starts with the first call, with one connection: a database that is down fails it at once
        config.setInitializationFailTimeout(1);
        // as strings: the driver ignores properties of any other type (and Hikari hands them over as they are)
        config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        config.addDataSourceProperty("loginTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
        config.addDataSourceProperty("socketTimeout",
                String.valueOf(settings.lockTimeout().toSeconds() + SOCKET_TIMEOUT_MARGIN_SECONDS));
        config.addDataSourceProperty("ApplicationName", "groupsetup");
        config.setConnectionInitSql("SET lock_timeout = '" + Math.max(1, settings.lockTimeout().toMillis()) + "ms'");
        return new PostgresDatabase(config, settings);
    }

    public PostgresSettings settings() {
        return settings;
    }

    /** The URL without its password, as messages show it. */
    public String displayUrl() {
        return settings.displayUrl();
    }

    /**
     * Brings the schema up to date (once per process): Flyway's migrations, or a refusal when the database was
     * set up by a newer groupsetup.
     */
    public void ensureSchema() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (!ready) {
                SchemaMigrations.migrate(startPool(), settings.schema(), this);
                ready = true;
            }
        }
    }

    private HikariDataSource startPool() {
        if (pool == null) {
            try {
                pool = new HikariDataSource(config);
            } catch (PoolInitializationException e) {
                throw failure(e);
            }
        }
        return pool;
    }

    /**
     * Runs {@code work} in one transaction (READ COMMITTED; or a read-only snapshot) and commits it; any failure
     * rolls it back. A deadlock or a serialization failure is tried again: the work decides on what it reads in
     * the transaction, so doing it again is safe.
     */
    <T> T transaction(boolean readOnlySnapshot, SqlWork<T> work) {
        ensureSchema();
        for (int attempt = 1; ; attempt++) {
            boolean committing = false;
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                if (readOnlySnapshot) {
                    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    connection.setReadOnly(true);
                } else {
                    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                try {
                    T result = work.run(connection);
                    committing = true;
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    if (!committing) {
                        rollbackQuietly(connection, e);
                    }
                    throw e;
                }
            } catch (SQLException e) {
                if (!committing && attempt < ATTEMPTS && isWorthRetrying(e)) {
                    continue;
                }
                if (committing && !readOnlySnapshot && isConnectionLost(e)) {
                    // the server may have committed before the connection broke: say so, never "nothing stored"
                    throw new StorageException("storage.database-commit", e, displayUrl(), reason(e, sqlState(e)));
                }
                throw failure(e);
            }
        }
    }

    /** The connection broke (SQLState class 08, or an I/O failure without a state): the outcome is not known. */
    private static boolean isConnectionLost(SQLException e) {
        String state = sqlState(e);
        return state == null || state.startsWith("08");
    }

    /** The storage exception a database failure becomes: the URL without password, and a reason to act on. */
    StorageException failure(Throwable e) {
        String state = sqlState(e);
        if ("55P03".equals(state)) {
            return new StorageException("storage.locked", e, displayUrl(), settings.lockTimeout().toSeconds());
        }
        return new StorageException("storage.database", e, displayUrl(), reason(e, state));
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
        }
    }

    /** The pool, once the schema is ready (for the tests' own SQL). */
    DataSource dataSource() {
        ensureSchema();
        return pool;
    }

    private static boolean isWorthRetrying(SQLException e) {
        String state = sqlState(e);
        return "40001".equals(state) || "40P01".equals(state);
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** The first SQLState in the chain of causes. */
    static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /**
     * Words a technician can act on. The driver's own text only for failures to connect or log in (it names the
     * host, the port, the database or the user); for any other failure just the SQLState, since the server's text
     * may quote stored values (personal data).
     */
    private static String reason(Throwable e, String state) {
        String stateClass = state == null || state.length() < 2 ? "" : state.substring(0, 2);
        boolean aboutTheConnection = switch (stateClass) {
            case "08", "28", "3D", "53", "57" -> true;
            default -> false;
        };
        if (aboutTheConnection || state == null) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException && cause.getMessage() != null
                        && !(cause instanceof SQLTransientConnectionException && cause.getCause() != null)) {
                    return firstLine(cause.getMessage()) + (state == null ? "" : " [" + state + "]");
                }
            }
            if (state == null) {
                return e.getClass().getSimpleName();
            }
        }
        return "SQLState " + state;
    }

    private static String firstLine(String message) {
        String line = message.strip();
        int newline = line.indexOf('\n');
        line = newline < 0 ? line : line.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public String toString() {
        return "PostgresDatabase[" + displayUrl() + ", schema " + settings.schema() + "]";
    }
}
