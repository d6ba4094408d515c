package be.groupsetup.domain.csam;

import be.groupsetup.domain.field.Normalizer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The words a technician types for a CSAM step, role or service, in English, French or Dutch: each has a stable
 * English id (what is stored and what JSON shows) and a French and a Dutch id, all three accepted whatever the
 * language in force (docs/rules.md §2.1). Typed words are compared with case, accents, blanks, hyphens,
 * underscores and apostrophes set aside: {@code Droits d’accès}, {@code droits-d-acces} and {@code DROITS_D_ACCES}
 * name the same step.
 */
record CsamWords(String id, String french, String dutch, List<String> accepted) {

    /**
     * @param id     the stable English id
     * @param french the French id
     * @param dutch  the Dutch id
     * @param others more names accepted (a singular, a title's words …)
     */
    static CsamWords of(String id, String french, String dutch, String... others) {
        return new CsamWords(id, french, dutch, Stream.concat(Stream.of(id, french, dutch), Stream.of(others))
                .map(CsamWords::compact).distinct().toList());
    }

    /** The id in a language (en, fr or nl; anything else reads as en). */
    String in(String language) {
        return switch (language(language)) {
            case "fr" -> french;
            case "nl" -> dutch;
            default -> id;
        };
    }

    /** Whether a typed word is one of these names, case, accents and separators set aside. */
    boolean name(String typed) {
        return typed != null && accepted.contains(compact(typed));
    }

    /** The value one of whose names is typed. */
    static <T> Optional<T> named(T[] values, Function<T, CsamWords> words, String typed) {
        return Arrays.stream(values).filter(value -> words.apply(value).name(typed)).findFirst();
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
}
