package be.groupsetup.presentation.text;

import be.groupsetup.domain.text.UnsafeCharacters;

/**
 * Output never lets stored text act (docs/rules.md §5.6): a character that can act on a terminal or a reader (controls, bidi
 * and zero-width format characters, lone surrogates, private use, line and paragraph separators — the rule of
 * {@link UnsafeCharacters}) is shown as a visible escape (<code>&#92;u001B</code>) instead.
 * <p>
 * Two levels, because an adapter breaks its own output into lines: a piece of stored text shown inside a line is
 * escaped whole ({@link #inline}, a line feed included: a stored line feed must not forge a line); a whole output
 * keeps its line feeds and escapes everything else ({@link #lines}) — that second level is applied by an adapter to
 * everything it writes (the shell: its console, {@code --output} files, the prompter), so that no path can be
 * forgotten; the first is applied where stored text enters a line ({@link Messages#text} arguments, values, names,
 * and every value of the sheet's templates).
 */
public final class SafeText {

    private SafeText() {
    }

    /** Stored text shown inside a line: every unsafe character escaped, line feeds too. */
    public static String inline(String text) {
        return UnsafeCharacters.escape(text);
    }

    /**
     * A whole output: every unsafe character escaped except the line feed that ends a line (and a carriage return
     * directly before one, as {@code println} writes on Windows).
     */
    public static String lines(String text) {
        if (text == null || UnsafeCharacters.first(text.replace("\r\n", "").replace("\n", "")).isEmpty()) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            if (end || text.charAt(i) == '\n') {
                int stop = !end && i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                shown.append(UnsafeCharacters.escape(text.substring(start, stop)));
                if (!end) {
                    shown.append(text, stop, i + 1);
                }
                start = i + 1;
            }
        }
        return shown.toString();
    }
}
