package be.groupsetup.bootstrap;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the system's locale, as command-line tools read it: the first of {@code LC_ALL},
 * {@code LC_MESSAGES}, {@code LANG} that is set and not empty; {@code fr…} is French, {@code nl…} Dutch, anything
 * else (C, POSIX, en_GB.UTF-8, de_BE …) English. It is the last choice: {@code -Dgroupsetup.language},
 * {@code GROUPSETUP_LANGUAGE} and the settings file come first.
 */
final class SystemLanguage {

    private static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    private SystemLanguage() {
    }

    static String of(Map<String, String> environment) {
        for (String variable : VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                String lower = value.strip().toLowerCase(Locale.ROOT);
                if (lower.startsWith("fr")) {
                    return "fr";
                }
                if (lower.startsWith("nl")) {
                    return "nl";
                }
                return "en";
            }
        }
        return "en";
    }
}
