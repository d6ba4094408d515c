package be.groupsetup.adapters.persistence.postgres;

import be.groupsetup.application.port.out.Storage;
import be.groupsetup.application.port.out.StoreProvider;
import be.groupsetup.application.port.out.StoreSettings;

/**
 * The PostgreSQL store in the registry: {@code groupsetup.storage=postgres}. Loaded at every start to learn its
 * name, so it names nothing but {@link PostgresStorage}: the store, its pool, Flyway and the driver are loaded only
 * when it is chosen.
 */
public final class PostgresStoreProvider implements StoreProvider {

    static final String NAME = "postgres";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Storage open(StoreSettings settings) {
        return PostgresStorage.open(settings);
    }
}
