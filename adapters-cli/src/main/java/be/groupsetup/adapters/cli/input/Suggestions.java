package be.groupsetup.adapters.cli.input;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The names closest to a mistyped one ({@code grup status} → {@code group status}, {@code --ibna} → {@code --iban}),
 * word by word: a name with as many words, each of which is the word typed, begins with it ({@code stat} →
 * {@code status}), or is reasonably close to it by edit distance (a letter left out, added, changed, or two neighbours
 * swapped count one each; at most a third of the word's letters, at least one), ignoring case (a name typed in
 * capitals gets its own name). At most {@value #MOST}, the closest first.
 */
public final class Suggestions {

    /** How many names are suggested at most. */
    public static final int MOST = 3;

    private Suggestions() {
    }

    /** The candidates close to the typed name, closest first (same distance: alphabetical); empty when none is. */
    public static List<String> closest(String typed, Collection<String> candidates) {
        Map<String, Integer> close = new TreeMap<>();
        for (String candidate : candidates) {
            if (!candidate.equals(typed)) {
                score(typed, candidate).ifPresent(distance -> close.merge(candidate, distance, Math::min));
            }
        }
        return close.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(MOST).map(Map.Entry::getKey).toList();
    }

    /** How far a name is from the typed one (the sum over its words), when every word is close; else empty. */
    static Optional<Integer> score(String typed, String name) {
        String[] typedWords = typed.toLowerCase(Locale.ROOT).split(" ", -1);
        String[] nameWords = name.toLowerCase(Locale.ROOT).split(" ", -1);
        if (typedWords.length != nameWords.length) {
            return Optional.empty();
        }
        int total = 0;
        for (int i = 0; i < typedWords.length; i++) {
            String word = typedWords[i];
            String wanted = nameWords[i];
            int distance = distance(word, wanted);
            boolean close = word.equals(wanted) || !word.isEmpty() && wanted.startsWith(word)
                    || distance <= Math.max(1, Math.min(word.length(), wanted.length()) / 3);
            if (!close) {
                return Optional.empty();
            }
            total += distance;
        }
        return Optional.of(total);
    }

    /** {@code a}, {@code a or b}, {@code a, b or c}: the names as one choice, with the word for "or". */
    public static String either(List<String> names, String or) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + or + " " + names.get(names.size() - 1);
    }

    /** Edit distance with swaps of neighbours (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
