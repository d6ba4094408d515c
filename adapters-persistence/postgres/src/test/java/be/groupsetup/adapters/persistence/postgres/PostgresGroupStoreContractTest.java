package be.groupsetup.adapters.persistence.postgres;

import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.testing.GroupStoreContractTest;
import be.groupsetup.application.testing.StoreUnderTest;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.AfterEach;

import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL store keeps the storage contract, on a real PostgreSQL started by the test (see
 * {@link TestDatabases}); every store of every test gets a fresh schema, created by the store's own migrations.
 */
class PostgresGroupStoreContractTest extends GroupStoreContractTest {

    private final List<PostgresDatabase> opened = new ArrayList<>();

    /** Where this test's stores live: the embedded server (an external database in a subclass). */
    protected PostgresSettings freshSettings() {
        return TestDatabases.freshSchema(TestDatabases.shared());
    }

    @Override
    protected StoreUnderTest newStore() {
        PostgresDatabase database = PostgresDatabase.open(freshSettings());
        opened.add(database);
        return StoreUnderTest.of(new PostgresGroupStore(database, new JsonDocuments()));
    }

    /** A document that no longer has the shape of one: as a hand edit or a faulty tool would leave it. */
    @Override
    protected void damage(GroupNumber number) {
        PostgresDatabase database = opened.get(0);
        TestDatabases.execute(database, "UPDATE " + database.settings().schema() + ".stored_group"
                + " SET document = '{\"schemaVersion\": 1, \"revi\": 0}'::jsonb WHERE number = '" + number.value() + "'");
    }

    @AfterEach
    void closeStores() {
        for (PostgresDatabase database : opened) {
            dropSchema(database);
            database.close();
        }
    }

    protected void dropSchema(PostgresDatabase database) {
        // the embedded server goes with the JVM: its schemas need no cleaning
    }
}
