package be.groupsetup.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings of SPEC §5, from {@code ~/.groupsetup/groupsetup.properties}, the environment or {@code -D}:
 * never from a command's options.
 *
 * @param dataDir     where groups are stored ({@code GROUPSETUP_DATA_DIR}; default {@code ~/.groupsetup})
 * @param language    en, fr or nl
 * @param technician  the name changes are attributed to (default: the OS user name)
 * @param lockTimeout how long a change waits for another process's lock before giving up
 * @param storage     {@code file} (the default: the data directory) or {@code postgres} (the shared database of
 *                    {@code spring.datasource.*}); the wiring follows it ({@link FileStorageWiring},
 *                    {@link PostgresStorageWiring})
 */
@ConfigurationProperties("groupsetup")
public record GroupsetupSettings(Path dataDir, String language, String technician, Duration lockTimeout,
                                 String storage) {

    public GroupsetupSettings {
        language = language == null || language.isBlank() ? "en" : language.strip();
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(10) : lockTimeout;
        storage = storage == null || storage.isBlank() ? "file" : storage.strip().toLowerCase(java.util.Locale.ROOT);
        if (!storage.equals("file") && !storage.equals("postgres")) {
            throw new IllegalArgumentException("groupsetup.storage is file or postgres, not “" + storage + "”");
        }
    }

    public String technicianOr(String osUser) {
        return technician == null || technician.isBlank() ? osUser : technician.strip();
    }
}
