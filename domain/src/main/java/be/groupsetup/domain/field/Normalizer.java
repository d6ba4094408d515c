package be.groupsetup.domain.field;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Input normalisation (docs/rules.md §1.3): surrounding blanks trimmed and inner runs of blanks collapsed for every
 * field; for identifier fields also the separators {@code . - / ( )} and every blank removed, letters
 * upper-cased. Only reformatting: never a finding.
 */
public final class Normalizer {

    /** Spaces, tabs and the no-break spaces that word processors and web pages put into numbers. */
    private static final Pattern BLANK_RUN = Pattern.compile("[\\p{Zs}\\t]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern IDENTIFIER_NOISE = Pattern.compile("[\\s\\p{Z}.\\-/()]+");

    private Normalizer() {
    }

    /** Trims (any white space, line breaks included) and collapses inner blanks to one space; null reads as "". */
    public static String text(String input) {
        if (input == null) {
            return "";
        }
        String trimmed = stripBlanks(input);
        return hasBlankToCollapse(trimmed) ? BLANK_RUN.matcher(trimmed).replaceAll(" ") : trimmed;
    }

    /** {@link #text} plus separators and blanks removed, letters upper-cased. */
    public static String identifier(String input) {
        if (input != null && isUpperCaseLettersAndDigits(input)) {
            return input;
        }
        return IDENTIFIER_NOISE.matcher(text(input)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** A blank other than a single space, or two blanks in a row: something for {@link #BLANK_RUN} to do. */
    private static boolean hasBlankToCollapse(String text) {
        boolean previousBlank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
            if (blank && (c != ' ' || previousBlank)) {
                return true;
            }
            previousBlank = blank;
        }
        return false;
    }

    /** Already an identifier's canonical form: the common case of a stored value, worth no regex. */
    private static boolean isUpperCaseLettersAndDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Case and accents set aside, for comparing names as a person reads them: decomposed, the combining marks
     * dropped, lower-cased ({@code Liège} and {@code LIEGE} fold alike). Punctuation is left to the caller.
     */
    public static String fold(String text) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * A key as typed ({@code Group_Responsible}, {@code csam login}): trimmed, lower-cased, {@code _} and blanks
     * read as {@code -}; null reads as "". How field keys, step ids and roles are looked up.
     */
    public static String typedId(String typed) {
        if (typed == null) {
            return "";
        }
        return BLANK_RUN.matcher(typed.strip().toLowerCase(Locale.ROOT).replace('_', '-')).replaceAll("-");
    }

    public static String normalize(FieldKey field, String input) {
        return field.normalization() == FieldKey.Normalization.IDENTIFIER ? identifier(input) : text(input);
    }

    private static String stripBlanks(String input) {
        int start = 0;
        int end = input.length();
        while (start < end && isTrimmable(input.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(input.charAt(end - 1))) {
            end--;
        }
        return input.substring(start, end);
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** True when every character is an ASCII digit (and there is at least one). */
    public static boolean isDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
