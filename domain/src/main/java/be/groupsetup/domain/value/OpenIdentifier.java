package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An identifier from a list that eHealth may extend beyond what this tool knows (an eHealthBox's type or quality):
 * letters, digits and underscores, read as the known name it matches, else kept as typed with a warning that names
 * the known ones. The one rule both fields follow; each says how typed input matches a known name.
 */
final class OpenIdentifier {

    /** Letters, digits and underscores: what an identifier type or quality is made of. */
    private static final Pattern WORD = Pattern.compile("[A-Z0-9_]{1,40}");

    private OpenIdentifier() {
    }

    /** The known name exactly as stored (a canonical value). */
    static <E extends Enum<E>> Optional<E> fromCanonical(E[] known, String value) {
        return Arrays.stream(known).filter(name -> name.name().equals(value)).findFirst();
    }

    /**
     * @param matches  whether a known name is the one typed (normalised: upper case, blanks as underscores)
     * @param notAWord the field's error for input that is not a word, given the input (abbreviated)
     * @param unknown  the field's warning for a word that matches no known name, given it (abbreviated) and the known
     *                 names
     */
    static <E extends Enum<E>> Parsed<String> parse(String input, FieldKey field, E[] known,
                                                     BiPredicate<E, String> matches,
                                                     Function<String, Finding> notAWord,
                                                     BiFunction<String, String, Finding> unknown) {
        String typed = Normalizer.identifier(input);
        if (typed.isEmpty()) {
            return Parsed.refused(Finding.error(field, FindingCodes.BLANK));
        }
        if (!WORD.matcher(typed).matches()) {
            return Parsed.refused(notAWord.apply(GroupNumber.abbreviated(typed)));
        }
        for (E name : known) {
            if (matches.test(name, typed)) {
                return Parsed.of(name.name(), List.of());
            }
        }
        return Parsed.of(typed, List.of(unknown.apply(GroupNumber.abbreviated(typed),
                Arrays.stream(known).map(Enum::name).collect(Collectors.joining(", ")))));
    }
}
