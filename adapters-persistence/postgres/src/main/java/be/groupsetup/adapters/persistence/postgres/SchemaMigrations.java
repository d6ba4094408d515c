package be.groupsetup.adapters.persistence.postgres;

import be.groupsetup.application.error.StorageException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

import javax.sql.DataSource;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The store's tables, created and migrated by Flyway from {@code db/groupsetup/postgres} (versioned SQL scripts in
 * this module). A database that holds migrations this release does not know was set up by a newer groupsetup:
 * it is refused ({@code storage.schema-newer}) rather than used with a schema the code does not understand.
 * Flyway would otherwise ignore such "future" migrations and carry on.
 * <p>
 * A database already up to date — every command's case but the first after an upgrade — is recognised from
 * Flyway's history table with one query, without starting Flyway (which, with the Jackson it brings, costs the
 * better part of a second at every start).
 */
final class SchemaMigrations {

    static final String LOCATION = "classpath:db/groupsetup/postgres";
    static final String HISTORY_TABLE = "groupsetup_schema_history";
    /** The versions of the scripts in {@link #LOCATION}, in order (a test keeps this list and the files in step). */
    static final List<String> KNOWN_VERSIONS = List.of("1");

    private SchemaMigrations() {
    }

    static void migrate(DataSource dataSource, String schema, PostgresDatabase database) {
        Optional<Set<String>> applied = appliedVersions(dataSource, schema, database);
        if (applied.isPresent()) {
            refuseIfNewer(applied.get(), database);
            if (applied.get().containsAll(KNOWN_VERSIONS)) {
                return;
            }
        }
        runFlyway(dataSource, schema, database);
    }

    /** The versions applied with success, or empty when Flyway never ran here. */
    private static Optional<Set<String>> appliedVersions(DataSource dataSource, String schema,
                                                         PostgresDatabase database) {
        String table = schema + "." + HISTORY_TABLE;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass(?)")) {
                exists.setString(1, table);
                try (ResultSet result = exists.executeQuery()) {
                    if (!result.next() || result.getString(1) == null) {
                        return Optional.empty();
                    }
                }
            }
            Set<String> versions = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version FROM " + table + " WHERE success AND version IS NOT NULL");
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    versions.add(result.getString(1));
                }
            }
            return Optional.of(versions);
        } catch (SQLException e) {
            throw database.failure(e);
        }
    }

    private static void refuseIfNewer(Set<String> applied, PostgresDatabase database) {
        Optional<String> newest = applied.stream().filter(version -> !KNOWN_VERSIONS.contains(version))
                .max(SchemaMigrations::compareVersions);
        if (newest.isPresent()) {
            throw new StorageException("storage.schema-newer", null, database.displayUrl(), newest.get(),
                    KNOWN_VERSIONS.get(KNOWN_VERSIONS.size() - 1));
        }
    }

    private static void runFlyway(DataSource dataSource, String schema, PostgresDatabase database) {
        try {
            Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .table(HISTORY_TABLE)
                    .locations(LOCATION)
                    .load();
            // another process may have migrated further since the look above
            Set<String> applied = new HashSet<>();
            for (MigrationInfo migration : flyway.info().applied()) {
                if (migration.getVersion() != null && migration.getState() != MigrationState.FUTURE_FAILED) {
                    applied.add(migration.getVersion().getVersion());
                }
            }
            refuseIfNewer(applied, database);
            flyway.migrate();
        } catch (FlywayException e) {
            if (PostgresDatabase.sqlState(e) != null) {
                throw database.failure(e);
            }
            throw new StorageException("storage.database", e, database.displayUrl(),
                    "schema migration failed: " + firstLine(e.getMessage()));
        }
    }

    /** Flyway's version order: dotted numbers compared part by part ({@code 1.10} after {@code 1.9}). */
    static int compareVersions(String left, String right) {
        if (!left.matches("[0-9._]+") || !right.matches("[0-9._]+")) {
            return left.compareTo(right);
        }
        String[] a = left.split("[._]");
        String[] b = right.split("[._]");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            BigInteger x = i < a.length ? new BigInteger(a[i]) : BigInteger.ZERO;
            BigInteger y = i < b.length ? new BigInteger(b[i]) : BigInteger.ZERO;
            int order = x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline);
    }
}
