package be.groupsetup.bootstrap;

import be.groupsetup.application.error.SettingException;
import be.groupsetup.presentation.text.Messages;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings (docs/rules.md §5.4), from {@code ~/.groupsetup/groupsetup.properties}, the environment or {@code -D}:
 * never from a command's options. A value groupsetup cannot use is refused when the application starts
 * ({@link SettingException}: one line, exit 2), never taken for a defect later.
 *
 * @param dataDir     where groups are stored ({@code GROUPSETUP_DATA_DIR}; default {@code ~/.groupsetup}); set but
 *                    empty is refused
 * @param language    en, fr or nl ({@code GROUPSETUP_LANGUAGE}; default: the system's locale, {@link SystemLanguage})
 * @param technician  the name changes are attributed to (default: the OS user name); checked at start by
 *                    {@link ApplicationWiring}
 * @param lockTimeout how long a change waits for another process's lock before giving up: from 0s to
 *                    {@link #MAX_LOCK_TIMEOUT} ({@code GROUPSETUP_LOCKTIMEOUT}; default 10s)
 * @param storage     the name of the store ({@code GROUPSETUP_STORAGE}), null for the default one; a name no store
 *                    on the class path has is refused when the store is opened ({@link StoreRegistry})
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
        String given = language;
        // the languages groupsetup speaks; any other is refused at start, never silently English
        language = spoken(given).orElseThrow(() -> new SettingException("settings.language", null, named(given)));
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(10) : lockTimeout;
        if (lockTimeout.isNegative() || lockTimeout.compareTo(MAX_LOCK_TIMEOUT) > 0) {
            throw new SettingException("settings.lock-timeout", null, shown(lockTimeout), "1h");
        }
        storage = storage == null || storage.isBlank() ? null : storage.strip();
    }

    /** The language a setting names ({@link #named}), when it is one groupsetup speaks. */
    static Optional<String> spoken(String language) {
        return Optional.of(named(language)).filter(Messages.LANGUAGES::contains);
    }

    /** The language a setting names: blank is English; case and blanks around it do not count. */
    private static String named(String language) {
        return language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
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
