package be.groupsetup.domain.csam;

import be.groupsetup.domain.field.Normalizer;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The words a technician types for a CSAM step, role or service, in English, French or Dutch: each has a stable
 * English id (what is stored and what JSON shows) and a French and a Dutch id, all three accepted whatever the
 * language in force (docs/rules.md §2.1). Typed words are compared with case, accents, blanks, hyphens,
 * underscores and apostrophes set aside: {@code Droits d’accès}, {@code droits-d-acces} and {@code DROITS_D_ACCES}
 * name the same step.
 */
final class CsamWords {

    private CsamWords() {
    }

    /** The typed word reduced to its letters and digits, lower case, no accents; null reads as "". */
    static String compact(String typed) {
        return typed == null ? "" : Normalizer.fold(typed).replaceAll("[^a-z0-9]", "");
    }

    /** en, fr or nl (anything else reads as en). */
    static String language(String language) {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        return lang.equals("fr") || lang.equals("nl") ? lang : "en";
    }

    /** The id in the language: the English id, or the French or Dutch one. */
    static String in(String language, String id, String french, String dutch) {
        return switch (language(language)) {
            case "fr" -> french;
            case "nl" -> dutch;
            default -> id;
        };
    }

    /** Every accepted word, compacted: the three ids and the other names. */
    static List<String> accepted(String id, String french, String dutch, String... others) {
        return Stream.concat(Stream.of(id, french, dutch), Stream.of(others)).map(CsamWords::compact).distinct().toList();
    }
}
