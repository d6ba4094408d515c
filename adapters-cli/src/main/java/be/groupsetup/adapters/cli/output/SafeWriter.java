package be.groupsetup.adapters.cli.output;

import be.groupsetup.domain.text.UnsafeCharacters;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that lets no character act: {@link be.groupsetup.presentation.text.SafeText#lines} as a stream. Line feeds pass (and a carriage return
 * directly before one); every other unsafe character is written as its visible escape. A surrogate pair split
 * between two writes is judged whole.
 */
final class SafeWriter extends Writer {

    private final Writer out;
    private char pendingHigh;
    private boolean pendingReturn;

    SafeWriter(Writer out) {
        super(out);
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        synchronized (lock) {
            StringBuilder shown = new StringBuilder(length + 8);
            int end = offset + length;
            int i = offset;
            while (i < end) {
                if (pendingHigh == 0 && !pendingReturn) {
                    // a run of safe characters and line feeds, most of any output, passes as it is
                    int run = i;
                    while (run < end && plain(chars[run])) {
                        run++;
                    }
                    shown.append(chars, i, run - i);
                    if (run == end) {
                        break;
                    }
                    i = run;
                }
                accept(chars[i++], shown);
            }
            out.write(shown.toString());
        }
    }

    /**
     * A character written as it is whatever surrounds it: a line feed, or a safe one (a surrogate, a carriage return
     * and every other character that can act are unsafe: they go through {@link #accept}).
     */
    private static boolean plain(char c) {
        return c == '\n' || !UnsafeCharacters.isUnsafe(c);
    }

    private void accept(char c, StringBuilder shown) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                codePoint(Character.toCodePoint(high, c), shown);
                return;
            }
            codePoint(high, shown);
        }
        if (pendingReturn) {
            pendingReturn = false;
            if (c == '\n') {
                shown.append("\r\n");
                return;
            }
            codePoint('\r', shown);
        }
        if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (c == '\r') {
            pendingReturn = true;
        } else if (c == '\n') {
            shown.append(c);
        } else {
            codePoint(c, shown);
        }
    }

    private static void codePoint(int codePoint, StringBuilder shown) {
        if (UnsafeCharacters.isUnsafe(codePoint)) {
            shown.append(UnsafeCharacters.escape(new String(Character.toChars(codePoint))));
        } else {
            shown.appendCodePoint(codePoint);
        }
    }

    /** What is held back (half a surrogate pair, a carriage return) is written escaped: nothing follows it now. */
    private void drain() throws IOException {
        StringBuilder shown = new StringBuilder();
        if (pendingHigh != 0) {
            codePoint(pendingHigh, shown);
            pendingHigh = 0;
        }
        if (pendingReturn) {
            codePoint('\r', shown);
            pendingReturn = false;
        }
        if (!shown.isEmpty()) {
            out.write(shown.toString());
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            drain();
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            drain();
            out.close();
        }
    }
}
