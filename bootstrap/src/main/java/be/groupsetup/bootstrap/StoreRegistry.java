package be.groupsetup.bootstrap;

import be.groupsetup.application.error.SettingException;
import be.groupsetup.application.port.out.Storage;
import be.groupsetup.application.port.out.StoreProvider;
import be.groupsetup.application.port.out.StoreSettings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The stores on the class path, by name: each store module registers a {@link StoreProvider} for
 * {@link ServiceLoader}, and {@code groupsetup.storage} chooses one. Bootstrap names no store: adding one is adding
 * its module to the dependencies.
 */
final class StoreRegistry {

    private final Map<String, StoreProvider> providers;
    private final String defaultName;

    StoreRegistry(List<StoreProvider> providers) {
        this.providers = new TreeMap<>();
        String standard = null;
        for (StoreProvider provider : providers) {
            if (this.providers.putIfAbsent(provider.name(), provider) != null) {
                throw new IllegalStateException("two stores are named " + provider.name());
            }
            if (provider.isDefault()) {
                if (standard != null) {
                    throw new IllegalStateException("two stores are the default: " + standard + ", " + provider.name());
                }
                standard = provider.name();
            }
        }
        this.defaultName = standard;
    }

    /** The stores of the class path, read once per process (a condition and a bean both ask). */
    static StoreRegistry onClassPath() {
        return ClassPath.STORES;
    }

    private static final class ClassPath {
        static final StoreRegistry STORES = new StoreRegistry(ServiceLoader.load(StoreProvider.class,
                StoreRegistry.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList());
    }

    /** The known names, sorted. */
    List<String> names() {
        return List.copyOf(providers.keySet());
    }

    /**
     * The name a setting chooses: the default store when not set; lower case.
     *
     * @throws SettingException ({@code settings.storage}: one line listing the known names, exit 2) for a name no
     *                          store has
     */
    String chosen(String setting) {
        String name = setting == null || setting.isBlank() ? defaultName : setting.strip().toLowerCase(Locale.ROOT);
        if (name == null || !providers.containsKey(name)) {
            throw new SettingException("settings.storage", null, setting, String.join(", ", names()));
        }
        return name;
    }

    /** Opens the store a setting chooses. */
    Storage open(String setting, StoreSettings settings) {
        return providers.get(chosen(setting)).open(settings);
    }

    /** The name of a store if a setting names one, without refusing anything (for conditions). */
    Optional<String> named(String setting) {
        try {
            return Optional.of(chosen(setting));
        } catch (SettingException e) {
            return Optional.empty();
        }
    }
}
