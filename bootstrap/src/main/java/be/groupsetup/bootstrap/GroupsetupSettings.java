package be.groupsetup.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings of SPEC §5, from {@code ~/.groupsetup/groupsetup.properties}, the environment or {@code -D}:
 * never from a command's options. A value groupsetup cannot use is refused when the application starts
 * ({@link SettingException}: one line, exit 2), never taken for a defect later.
 *
 * @param dataDir     where groups are stored ({@code GROUPSETUP_DATA_DIR}; default {@code ~/.groupsetup}); set but
 *                    empty is refused
 * @param language    en, fr or nl
 * @param technician  the name changes are attributed to (default: the OS user name); checked at start by
 *                    {@link ApplicationWiring}
 * @param lockTimeout how long a change waits for another process's lock before giving up: from 0s to
 *                    {@link #MAX_LOCK_TIMEOUT} ({@code GROUPSETUP_LOCKTIMEOUT}; default 10s)
 * @param storage     {@code file} (the default: the data directory) or {@code postgres} (the shared database of
 *                    {@code spring.datasource.*}); the wiring follows it ({@link FileStorageWiring},
 *                    {@link PostgresStorageWiring})
 */
@ConfigurationProperties("groupsetup")
public record GroupsetupSettings(Path dataDir, String language, String technician, Duration lockTimeout,
                                 String storage) {

    /** The longest wait for a lock: beyond, a script would seem to hang (and the OS and database timers overflow). */
    public static final Duration MAX_LOCK_TIMEOUT = Duration.ofHours(1);

    public GroupsetupSettings {
        if (dataDir == null || dataDir.toString().isBlank()) {
            throw new SettingException("settings.data-dir-empty", null);
        }
        language = language == null || language.isBlank() ? "en" : language.strip();
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(10) : lockTimeout;
        if (lockTimeout.isNegative() || lockTimeout.compareTo(MAX_LOCK_TIMEOUT) > 0) {
            throw new SettingException("settings.lock-timeout", null, shown(lockTimeout), "1h");
        }
        String chosen = storage == null || storage.isBlank() ? "file" : storage.strip().toLowerCase(java.util.Locale.ROOT);
        if (!chosen.equals("file") && !chosen.equals("postgres")) {
            throw new SettingException("settings.storage", null, storage);
        }
        storage = chosen;
    }

    public String technicianOr(String osUser) {
        return technician == null || technician.isBlank() ? osUser : technician.strip();
    }

    /** A duration as a person writes it: {@code 1000000d}, {@code -5s}, {@code 90m}. */
    private static String shown(Duration duration) {
        if (duration.toSeconds() % 86_400 == 0 && duration.getNano() == 0 && !duration.isZero()) {
            return duration.toDays() + "d";
        }
        if (duration.getNano() == 0) {
            return duration.toSeconds() + "s";
        }
        return duration.toString();
    }
}
