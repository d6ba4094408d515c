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
 * prompt, followed by what was typed, and runs any line finished meanwhile. Nothing typed is lost. (When a line
 * finished with Enter made the screen scroll, the saved place has moved with it: that line then shows twice, as
 * it was typed and again at the reader's prompt, where it runs.)
 * <p>
 * Only on a terminal that understands ANSI sequences (standard input and output a terminal, {@code TERM} set and
 * not {@code dumb}): elsewhere the shell opens as before.
 */
public final class EarlyPrompt {

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
        out.print(messages.text("shell.welcome") + System.lineSeparator() + SAVE_CURSOR + prompt().toAnsi());
        out.flush();
    }

    /** After a failed start: the early prompt erased, so that the reason stands where it was. */
    public static void withdraw(java.io.OutputStream terminal) {
        PrintStream out = new PrintStream(terminal, false, StandardCharsets.UTF_8);
        out.print(TAKE_OVER);
        out.flush();
    }
}
