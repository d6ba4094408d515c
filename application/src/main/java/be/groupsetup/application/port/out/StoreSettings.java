package be.groupsetup.application.port.out;

import java.time.Duration;
import java.util.Optional;

/** The settings a store reads when it is opened (from the settings file, the environment or -D). */
public interface StoreSettings {

    /** A setting by its property name (e.g. {@code spring.datasource.url}); empty when not set. */
    Optional<String> get(String name);

    /** How long a change waits for another process's lock or row ({@code groupsetup.lock-timeout}), checked. */
    Duration lockTimeout();
}
