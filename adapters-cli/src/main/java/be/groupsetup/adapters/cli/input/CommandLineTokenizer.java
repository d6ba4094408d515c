package be.groupsetup.adapters.cli.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a typed line into words the way a POSIX shell does for the cases a technician meets: blanks separate
 * words; "double quotes" keep blanks and apostrophes ({@code "D'Hondt"}) with {@code \"} and {@code \\}
 * escaped inside; 'single quotes' keep everything literally; a backslash outside quotes escapes the next
 * character ({@code D\'Hondt}).
 */
public final class CommandLineTokenizer {

    private CommandLineTokenizer() {
    }

    public static List<String> tokenize(String line) throws UsageException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                inWord = true;
                i = quoted(line, i + 1, '"', word);
            } else if (c == '\'') {
                inWord = true;
                i = quoted(line, i + 1, '\'', word);
            } else if (c == '\\' && i + 1 < line.length()) {
                inWord = true;
                word.append(line.charAt(i + 1));
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                inWord = true;
                word.append(c);
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Reads a quoted part starting after its opening quote; returns the index after the closing quote. */
    private static int quoted(String line, int start, char quote, StringBuilder word) throws UsageException {
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (quote == '"' && c == '\\' && i + 1 < line.length()
                    && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new UsageException(quote == '\'' ? "usage.unclosed-apostrophe" : "usage.unclosed-quote");
    }
}
