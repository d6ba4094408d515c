package be.groupsetup.adapters.cli.runner;

import be.groupsetup.presentation.text.Messages;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.io.Console;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The interactive shell's welcome and first prompt, written as soon as the process runs, while the application is
 * still being assembled (most of a second): the technician can type at once. The terminal is left as it is, in its
 * usual line mode, so what is typed meanwhile is echoed and held by the terminal itself, and the line reader reads
 * it as its first input when it takes over: it first goes back to where the early prompt began and erases the
 * screen from there ({@link #TAKE_OVER}: the cursor is saved before the prompt is written), then writes its own
 * prompt, followed by what was typed, and runs any line finished meanwhile. Nothing typed is lost.
 * <p>
 * A saved place does not move when the screen scrolls. So that a line finished with Enter meanwhile never makes it
 * scroll, the prompt is written with a line kept free below it ({@link #KEEP_LINE_FREE}): on the terminal's last
 * line, the screen scrolls once before the prompt is written, not after. (A second line finished before the shell
 * is ready, at the bottom of the screen, would show twice: as it was typed, and again at the reader's prompt.)
 * <p>
 * A warning written to standard error while the application is assembled ({@link #guarding}) goes to a line of its
 * own below the prompt, and the reader then leaves the screen as it is rather than erase the warning with the
 * prompt: what was typed shows again at the reader's prompt.
 * <p>
 * Only on a terminal that understands ANSI sequences (standard input and output a terminal, {@code TERM} set and
 * not {@code dumb}): elsewhere the shell opens as before.
 */
public final class EarlyPrompt {

    /** Where the screen stands, from the early prompt to the line reader's first one. */
    private enum Screen {
        /** No early prompt was written. */
        NONE,
        /** The early prompt is on the screen, and nothing below it: the line reader may erase it. */
        SHOWN,
        /** Something was written to standard error below the early prompt: it must not be erased. */
        WRITTEN_BELOW,
        /** The line reader took over (or the start failed): nothing of the early prompt is left to erase. */
        TAKEN_OVER
    }

    private static Screen screen = Screen.NONE;

    /**
     * A line feed and back up a line: a line kept free below the prompt, where a line finished with Enter before the
     * shell is ready goes without making the screen scroll; nothing moves when one is free already.
     */
    static final String KEEP_LINE_FREE = "\n\u001B[A";
    /** Saves the cursor's place (DEC's save-cursor, which every ANSI terminal knows): where the prompt begins. */
    private static final String SAVE_CURSOR = "\u001B7";
    /** Back to where the early prompt began, the screen erased from there: the prompt and what was typed after it. */
    static final String TAKE_OVER = "\u001B8\r\u001B[J";

    private EarlyPrompt() {
    }

    /** The shell's prompt, the same at every line: written early as ANSI text, then by the line reader. */
    public static AttributedString prompt() {
        return new AttributedString("groupsetup:>", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    /**
     * Whether the early prompt can be written: standard input and output are a terminal (a console that is a
     * terminal: Java 22 and later also give a console to redirected streams, and say so) of a known type.
     */
    public static boolean possible(Console console, String term) {
        if (console == null || term == null || term.isBlank() || term.equals("dumb")) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 17 to 21: a console exists only for a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Writes the welcome, in the settings' language, and the prompt, in UTF-8 as the line reader writes. */
    public static void show(Messages messages, java.io.OutputStream terminal) {
        PrintStream out = new PrintStream(terminal, false, StandardCharsets.UTF_8);
        out.print(messages.text("shell.welcome") + System.lineSeparator() + KEEP_LINE_FREE + SAVE_CURSOR
                + prompt().toAnsi());
        out.flush();
        synchronized (EarlyPrompt.class) {
            screen = Screen.SHOWN;
        }
    }

    /**
     * Standard error, watched while the early prompt is live: the first thing written to it starts on a new line,
     * and the prompt is then no longer erased ({@link #takeOver}). Bytes and strings pass on to {@code err} as
     * they are, in its encoding.
     */
    public static PrintStream guarding(PrintStream err) {
        return new PrintStream(err, true) {
            @Override
            public void write(int b) {
                below(err);
                err.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                below(err);
                err.write(bytes, offset, length);
            }

            @Override
            public void print(String text) {
                below(err);
                err.print(text);
            }

            @Override
            public void flush() {
                err.flush();
            }
        };
    }

    private static synchronized void below(PrintStream err) {
        if (screen == Screen.SHOWN) {
            screen = Screen.WRITTEN_BELOW;
            err.print(System.lineSeparator());
        }
    }

    /** Whether the early prompt was written in this process: the line reader then takes its place ({@link #takeOver}). */
    static synchronized boolean written() {
        return screen != Screen.NONE;
    }

    /**
     * What the line reader writes before its first prompt, in the place of the early one: back to where that one
     * began, the screen erased from there — or nothing when a warning was written below it, which stays, when the
     * place was taken over already (the session has run since: nothing of it may be erased), or when no early
     * prompt was written.
     */
    static synchronized String takeOver() {
        String sequence = screen == Screen.SHOWN ? TAKE_OVER : "";
        screen = Screen.TAKEN_OVER;
        return sequence;
    }

    /**
     * After a failed start: the early prompt erased (unless a warning stands below it, or the shell has run since),
     * and the lines typed meanwhile, which the terminal holds, read and dropped — else the operating system's shell
     * would run them once groupsetup has ended. A line not finished with Enter stays the terminal's.
     */
    public static void withdraw(java.io.OutputStream terminal, java.io.InputStream keyboard) {
        PrintStream out = new PrintStream(terminal, false, StandardCharsets.UTF_8);
        out.print(takeOver());
        out.flush();
        try {
            while (keyboard.available() > 0 && keyboard.read(new byte[4096]) > 0) {
                // dropped
            }
        } catch (java.io.IOException e) {
            // nothing more can be read: nothing more to drop
        }
    }

    /** For tests: as before any early prompt. */
    static synchronized void forget() {
        screen = Screen.NONE;
    }
}
