package be.groupsetup.domain.text;

import java.util.Optional;

/**
 * The characters no text the tool takes in may hold (docs/rules.md §1.4), because they can act rather than show:
 * controls (Unicode category Cc: escape sequences, new lines that forge output lines), format characters (Cf: bidi
 * overrides of "Trojan Source", zero-width characters, soft hyphen, tags), lone surrogates (Cs), private use (Co), line
 * and paragraph separators (Zl, Zp). Unassigned code points (Cn) are not refused: which ones are assigned differs
 * between Java versions. A TAB is read as a blank before this check. One rule, used by every entry (field values,
 * person names, reasons, the technician, imported documents) and by every text output, which shows such a character
 * escaped when it meets one stored earlier.
 */
public final class UnsafeCharacters {

    private UnsafeCharacters() {
    }

    /** The first unsafe character of a text, with its position. */
    public record Found(int codePoint, int position) {

        /** {@code U+001B}. */
        public String name() {
            return String.format("U+%04X", codePoint);
        }
    }

    public static boolean isUnsafe(int codePoint) {
        if (codePoint >= 0x20 && codePoint < 0x7F) {
            return false; // printable ASCII, most of any output: no need to ask for its category
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /** The first unsafe character and its 1-based position (in characters as a person counts them), if any. */
    public static Optional<Found> first(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            position++;
            if (isUnsafe(codePoint)) {
                return Optional.of(new Found(codePoint, position));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /**
     * The text with every unsafe character shown as a visible escape (<code>&#92;u001B</code>; a character beyond the
     * basic plane as <code>&#92;U0001F3F4</code>), for text output of values stored before this rule or by another adapter.
     * Returns the same instance when there is nothing to escape.
     */
    public static String escape(String text) {
        if (text == null || first(text).isEmpty()) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isUnsafe(codePoint)) {
                shown.append(codePoint > 0xFFFF ? String.format("\\U%08X", codePoint) : String.format("\\u%04X", codePoint));
            } else {
                shown.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return shown.toString();
    }
}
