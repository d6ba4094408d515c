package be.groupsetup.adapters.persistence.postgres;

import be.groupsetup.application.error.StorageException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

import javax.sql.DataSource;

/**
 * The store's tables, created and migrated by Flyway from {@code db/groupsetup/postgres} (versioned SQL scripts in
 * this module). A database that holds migrations this release does not know was set up by a newer groupsetup:
 * it is refused ({@code storage.schema-newer}) rather than used with a schema the code does not understand.
 * Flyway would otherwise ignore such "future" migrations and carry on.
 */
final class SchemaMigrations {

    static final String LOCATION = "classpath:db/groupsetup/postgres";
    static final String HISTORY_TABLE = "groupsetup_schema_history";

    private SchemaMigrations() {
    }

    static void migrate(DataSource dataSource, String schema, PostgresDatabase database) {
        try {
            Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .table(HISTORY_TABLE)
                    .locations(LOCATION)
                    .load();
            MigrationVersion known = null;
            MigrationVersion newest = null;
            for (MigrationInfo migration : flyway.info().all()) {
                MigrationVersion version = migration.getVersion();
                if (version == null) {
                    continue;
                }
                MigrationState state = migration.getState();
                if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                    newest = newest == null || version.compareTo(newest) > 0 ? version : newest;
                } else if (state.isResolved()) {
                    known = known == null || version.compareTo(known) > 0 ? version : known;
                }
            }
            if (newest != null) {
                throw new StorageException("storage.schema-newer", null, database.displayUrl(), newest.getVersion(),
                        known == null ? "0" : known.getVersion());
            }
            flyway.migrate();
        } catch (FlywayException e) {
            if (PostgresDatabase.sqlState(e) != null) {
                throw database.failure(e);
            }
            throw new StorageException("storage.database", e, database.displayUrl(),
                    "schema migration failed: " + firstLine(e.getMessage()));
        }
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
