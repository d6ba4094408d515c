package be.groupsetup.adapters.persistence.postgres;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.time.Duration;

/**
 * The contract kit against a PostgreSQL of your own, when {@code SPRING_DATASOURCE_URL} is set (with
 * {@code SPRING_DATASOURCE_USERNAME} and {@code SPRING_DATASOURCE_PASSWORD} as needed), as groupsetup itself would
 * use it: each store in a schema of its own ({@code test_<pid>_<n>}), dropped after the test. The user needs the
 * right to create schemas in that database.
 */
@EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class ExternalPostgresGroupStoreContractTest extends PostgresGroupStoreContractTest {

    @Override
    protected PostgresSettings freshSettings() {
        return new PostgresSettings(System.getenv("SPRING_DATASOURCE_URL"), System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv("SPRING_DATASOURCE_PASSWORD"), TestDatabases.nextSchema(), Duration.ofSeconds(10));
    }

    @Override
    protected void dropSchema(PostgresDatabase database) {
        TestDatabases.execute(database, "DROP SCHEMA IF EXISTS " + database.settings().schema() + " CASCADE");
    }
}
