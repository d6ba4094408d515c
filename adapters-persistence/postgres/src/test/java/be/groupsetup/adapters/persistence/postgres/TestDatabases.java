package be.groupsetup.adapters.persistence.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real PostgreSQL servers for the tests, started by the test itself from the binaries Zonky ships as Maven
 * artifacts: no Docker, nothing installed. One server serves every test class of the JVM that does not stop its
 * own (each test works in a fresh schema of it); the failure test starts one it may stop.
 * <p>
 * As root (CI here), PostgreSQL's initdb and server refuse to run; Zonky then starts them through {@code unshare
 * -U}, in a user namespace where they are not root (this needs util-linux's unshare and user namespaces, as on
 * these machines).
 */
final class TestDatabases {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres shared;

    private TestDatabases() {
    }

    /** The JVM's shared server, started on first use and stopped when the JVM ends. */
    static synchronized EmbeddedPostgres shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** A server of the caller's own, to stop or close. */
    static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** Settings for a fresh schema (a new name each time) of that server, as its superuser. */
    static PostgresSettings freshSchema(EmbeddedPostgres server) {
        return new PostgresSettings(server.getJdbcUrl("postgres", "postgres"), "postgres", null, nextSchema(),
                Duration.ofSeconds(10));
    }

    static String nextSchema() {
        return "test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    }

    /** Runs SQL on the store's database as a person with psql would (to damage a row, fake a newer schema …). */
    static void execute(PostgresDatabase database, String sql) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
