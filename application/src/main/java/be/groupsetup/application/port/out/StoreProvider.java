package be.groupsetup.application.port.out;

/**
 * How a store module plugs in: one implementation per store, registered for {@link java.util.ServiceLoader}
 * ({@code META-INF/services/be.groupsetup.application.port.out.StoreProvider}) and chosen by its {@link #name()}
 * ({@code groupsetup.storage}). Keep the class small and reach the store's own classes only in {@link #open}: every
 * provider on the class path is loaded at start to learn the names, the store itself only when chosen.
 */
public interface StoreProvider {

    /** The name {@code groupsetup.storage} chooses it by: lower case, one word. */
    String name();

    /** Whether this is the store used when {@code groupsetup.storage} is not set (the one store that says so). */
    default boolean isDefault() {
        return false;
    }

    /**
     * Opens the store on its settings. Nothing slow happens here (a database connects on first use).
     *
     * @throws be.groupsetup.application.error.SettingException when a setting of the store cannot be used (one line,
     *                                                          exit 2)
     */
    Storage open(StoreSettings settings);
}
