package be.groupsetup.adapters.persistence.postgres;

import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.error.DamagedGroupException;
import be.groupsetup.application.error.StorageException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static be.groupsetup.adapters.persistence.postgres.Changes.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the PostgreSQL store guarantees beyond the contract kit: its schema, its refusals, its row lock. */
class PostgresStoreTest {

    private PostgresSettings settings;
    private PostgresDatabase database;
    private PostgresGroupStore store;

    @BeforeEach
    void openStore() {
        settings = TestDatabases.freshSchema(TestDatabases.shared());
        database = PostgresDatabase.open(settings);
        store = new PostgresGroupStore(database, new JsonDocuments());
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    @Test
    void givenADatabaseMigratedByANewerGroupsetup_whenThisReleaseUsesIt_thenRefusedClearlyAndNothingIsTouched() {
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        TestDatabases.execute(database, "INSERT INTO " + settings.schema() + "." + SchemaMigrations.HISTORY_TABLE
                + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                + " VALUES (99, '99', 'from a newer groupsetup', 'SQL', 'V99__newer.sql', 0, 'test', 0, true)");

        try (PostgresDatabase newer = PostgresDatabase.open(settings)) {
            PostgresGroupStore older = new PostgresGroupStore(newer, new JsonDocuments());
            assertThatThrownBy(() -> older.load(GROUP)).isInstanceOfSatisfying(StorageException.class, e -> {
                assertThat(e.code()).isEqualTo("storage.schema-newer");
                assertThat(e.arguments()).containsExactly(settings.displayUrl(), "99", "1");
            });
            assertThatThrownBy(() -> new GroupUpdates(older).update(GROUP, Changes.set(FieldKey.CITY, "Namur")))
                    .isInstanceOf(StorageException.class);
        }
        assertThat(store.load(GROUP).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void givenTheMigrationScripts_whenTheirVersionsAreRead_thenTheyAreTheVersionsTheStoreKnows() throws IOException {
        List<String> versions;
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/groupsetup/postgres"))) {
            versions = scripts.map(script -> script.getFileName().toString())
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .sorted(SchemaMigrations::compareVersions).toList();
        }
        assertThat(versions).isEqualTo(SchemaMigrations.KNOWN_VERSIONS);
        assertThat(Stream.of("10", "2", "1.10", "1.9", "1").sorted(SchemaMigrations::compareVersions))
                .containsExactly("1", "1.9", "1.10", "2", "10");
    }

    @Test
    void givenTwoProcessesStartingOnAnEmptyDatabase_whenBothMigrate_thenTheSchemaIsMadeOnceAndBothWork() {
        try (PostgresDatabase second = PostgresDatabase.open(settings)) {
            second.ensureSchema();
            store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

            assertThat(new PostgresGroupStore(second, new JsonDocuments()).load(GROUP)).isPresent();
            assertThat(count("SELECT count(*) FROM " + settings.schema() + "." + SchemaMigrations.HISTORY_TABLE
                    + " WHERE version IS NOT NULL")).isEqualTo(1);
        }
    }

    @Test
    void givenAHistoryRow_whenSomeoneTriesToChangeIt_thenTheDatabaseRefuses() {
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

        assertThatThrownBy(() -> TestDatabases.execute(database, "UPDATE " + settings.schema()
                + ".group_history SET entry = '{}'::jsonb")).hasMessageContaining("append-only");
        assertThat(store.history(GROUP)).containsExactly(SampleGroups.created(GROUP));
    }

    @Test
    void givenADamagedGroup_whenDeleted_thenItsDocumentAndHistoryAreKeptAsideWithTheReason() {
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        new GroupUpdates(store).update(GROUP, Changes.set(FieldKey.CITY, "Namur"));
        TestDatabases.execute(database, "UPDATE " + settings.schema() + ".stored_group"
                + " SET document = jsonb_set(document, '{schemaVersion}', '99') WHERE number = '" + GROUP.value() + "'");

        assertThatThrownBy(() -> store.load(GROUP)).isInstanceOfSatisfying(DamagedGroupException.class, e -> {
            assertThat(e.reason()).contains("newer groupsetup");
            assertThat(e.location()).contains(settings.schema() + ".stored_group", GROUP.value());
        });
        assertThat(store.delete(GROUP)).isTrue();

        assertThat(store.load(GROUP)).isEmpty();
        assertThat(count("SELECT count(*) FROM " + settings.schema() + ".damaged_group WHERE number = '"
                + GROUP.value() + "' AND reason LIKE '%newer%' AND document->>'schemaVersion' = '99'"
                + " AND jsonb_array_length(history) = 2")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM " + settings.schema() + ".group_history")).isZero();
    }

    @Test
    void givenARowWhoseRevisionDisagreesWithItsDocument_whenLoaded_thenDamaged() {
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        TestDatabases.execute(database, "UPDATE " + settings.schema() + ".stored_group SET revision = 7");

        assertThatThrownBy(() -> store.load(GROUP)).isInstanceOfSatisfying(DamagedGroupException.class,
                e -> assertThat(e.reason()).contains("revision 1", "at 7"));
    }

    @Test
    void givenAGroupRowHeldByAnotherTechnician_whenAChangeWaitsLongerThanTheLockTimeout_thenStorageLocked()
            throws SQLException {
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        try (PostgresDatabase impatient = PostgresDatabase.open(new PostgresSettings(settings.url(), settings.username(),
                null, settings.schema(), Duration.ofMillis(300)));
             Connection other = database.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement hold = other.prepareStatement("SELECT 1 FROM " + settings.schema()
                    + ".stored_group WHERE number = ? FOR UPDATE")) {
                hold.setString(1, GROUP.value());
                hold.executeQuery().close();
            }

            PostgresGroupStore waiting = new PostgresGroupStore(impatient, new JsonDocuments());
            assertThatThrownBy(() -> new GroupUpdates(waiting).update(GROUP, Changes.set(FieldKey.CITY, "Namur")))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.code()).isEqualTo("storage.locked");
                        assertThat(e.arguments()).containsExactly(settings.displayUrl(), "0");
                    });
            // a reader does not wait for the lock
            assertThat(waiting.load(GROUP).orElseThrow().revision()).isEqualTo(1);
            other.rollback();
        }
        assertThat(new GroupUpdates(store).update(GROUP, Changes.set(FieldKey.CITY, "Namur")).revision()).isEqualTo(2);
    }

    @Test
    void givenAnArchiveWhoseHistoryRepeatsARevision_whenImported_thenRefusedAndNothingStored() {
        GroupArchive archive = new GroupArchive(new StoredGroup(SampleGroups.fullSetup(GROUP), 2),
                List.of(SampleGroups.created(GROUP), SampleGroups.created(GROUP)));

        assertThatThrownBy(() -> store.importGroup(archive, false)).isInstanceOf(ArchiveFormatException.class);
        assertThat(store.load(GROUP)).isEmpty();
    }

    @Test
    void givenAStoredGroup_whenItsRowIsRead_thenTheDocumentIsTheFileStoresFormatAndTheColumnsAgreeWithIt() {
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        new GroupUpdates(store).update(GROUP, Changes.set(FieldKey.CITY, "Namur"));

        assertThat(count("SELECT count(*) FROM " + settings.schema() + ".stored_group WHERE revision = 2"
                + " AND schema_version = 2 AND (document->>'revision')::int = 2 AND document->>'schemaVersion' = '2'"
                + " AND document->'configuration'->>'city' = 'Namur'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM " + settings.schema() + ".group_history WHERE number = '"
                + GROUP.value() + "' AND (entry->>'revision')::int = revision AND entry->>'kind' IN ('created', 'fields-set')"))
                .isEqualTo(2);
    }

    @Test
    void givenARowOfThePreviousReleaseAtSchemaVersion1_whenLoadedAndChanged_thenReadAsItWasAndRewrittenInVersion2() {
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        // the row as the previous release wrote it: no acknowledgements, no loginCheck, schema version 1
        TestDatabases.execute(database, "UPDATE " + settings.schema() + ".stored_group SET schema_version = 1,"
                + " document = jsonb_set(document - 'acknowledgements', '{csamRecords}', (SELECT jsonb_agg(r - 'loginCheck'"
                + " ORDER BY i) FROM jsonb_array_elements(document->'csamRecords') WITH ORDINALITY AS e(r, i)))"
                + " || '{\"schemaVersion\": 1}'::jsonb");
        assertThat(count("SELECT count(*) FROM " + settings.schema() + ".stored_group WHERE schema_version = 1"
                + " AND document->'acknowledgements' IS NULL AND NOT document::text LIKE '%loginCheck%'")).isEqualTo(1);

        assertThat(store.load(GROUP)).contains(new StoredGroup(SampleGroups.fullSetup(GROUP), 1));
        new GroupUpdates(store).update(GROUP, Changes.set(FieldKey.CITY, "Namur"));

        assertThat(count("SELECT count(*) FROM " + settings.schema() + ".stored_group WHERE schema_version = 2"
                + " AND document->>'schemaVersion' = '2' AND jsonb_array_length(document->'acknowledgements') = 0"
                + " AND document->'csamRecords'->2->'loginCheck'->>'loginRecordedAt' = '2026-11-26T09:15:31.123Z'"))
                .isEqualTo(1);
        assertThat(store.load(GROUP).orElseThrow().setup().procedure())
                .isEqualTo(SampleGroups.fullSetup(GROUP).procedure());
    }

    private long count(String sql) {
        try (Connection connection = database.dataSource().getConnection();
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
