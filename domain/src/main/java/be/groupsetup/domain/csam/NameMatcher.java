package be.groupsetup.domain.csam;

import be.groupsetup.domain.field.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares people's names the way docs/rules.md §2.2 says: case, accents and punctuation ignored, words in any order.
 * An eID name carries every given name, so the configuration's names need only appear in it.
 */
public final class NameMatcher {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameMatcher() {
    }

    /**
     * True when every word of the first and the last name appears among the words of the logged-in name.
     * A name whose words are written together on the other side ({@code D'Hondt} / {@code DHONDT},
     * {@code Van den Berg} / {@code VANDENBERG}) also matches.
     */
    public static boolean isRepresentative(String firstName, String lastName, String loggedInName) {
        List<String> loggedIn = words(loggedInName);
        if (loggedIn.isEmpty()) {
            return false;
        }
        return nameAppears(firstName, loggedIn) && nameAppears(lastName, loggedIn);
    }

    /** The same person written twice: the same words, in any order, case and accents ignored. */
    static boolean samePerson(String one, String other) {
        return words(one).stream().sorted().toList().equals(words(other).stream().sorted().toList());
    }

    private static boolean nameAppears(String name, List<String> loggedIn) {
        List<String> parts = words(name);
        if (parts.isEmpty()) {
            return false;
        }
        if (loggedIn.containsAll(parts)) {
            return true;
        }
        String together = String.join("", parts);
        for (int from = 0; from < loggedIn.size(); from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < loggedIn.size() && run.length() < together.length(); to++) {
                run.append(loggedIn.get(to));
                if (run.toString().equals(together)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(Normalizer.fold(name))).filter(w -> !w.isEmpty()).toList();
    }
}
