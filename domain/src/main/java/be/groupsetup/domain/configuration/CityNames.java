package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Compares a typed city with the names of a postal code, ignoring case, accents, hyphens, apostrophes, blanks. */
final class CityNames {

    /** Every code of the Brussels-Capital Region accepts the region's name in the three languages. */
    static final List<String> BRUSSELS = List.of("Bruxelles", "Brussel", "Brussels");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CityNames() {
    }

    static boolean isBrussels(String postalCode) {
        int code = Integer.parseInt(postalCode);
        return code >= 1000 && code <= 1299;
    }

    /** The names accepted for a postal code, case variants of one name merged (the readable variant kept). */
    static List<String> accepted(String postalCode, List<String> tableNames) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : tableNames) {
            byKey.merge(key(name), name, CityNames::readable);
        }
        if (isBrussels(postalCode)) {
            for (String name : BRUSSELS) {
                byKey.putIfAbsent(key(name), name);
            }
        }
        return List.copyOf(byKey.values());
    }

    static String key(String name) {
        String ascii = asciiKey(name);
        if (ascii != null) {
            return ascii;
        }
        return NOT_LETTER_OR_DIGIT.matcher(Normalizer.fold(name)).replaceAll("");
    }

    /** The key of a plain ASCII name without a regex (most names); null when the name needs the full treatment. */
    private static String asciiKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                key.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** bpost writes main localities in capitals; the municipality list has them in mixed case. */
    private static String readable(String first, String second) {
        return first.equals(first.toUpperCase(Locale.ROOT)) ? second : first;
    }
}
