package be.groupsetup.adapters.cli.output;

import java.io.PrintWriter;

/**
 * The two streams a command writes to: the result, and the diagnostics (errors, warnings, hints). Whatever is
 * written through them — results, diagnostics, a built-in command's output — passes a {@link SafeWriter}: no
 * character of it can act on the terminal (docs/rules.md §5.6), whichever path the text took.
 */
public final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private boolean wroteResult;
    private String firstDiagnostic;

    public Console(PrintWriter out, PrintWriter err) {
        this.out = new PrintWriter(new SafeWriter(out));
        this.err = err == out ? this.out : new PrintWriter(new SafeWriter(err));
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public void result(String text) {
        wroteResult = true;
        out.println(text);
        out.flush();
    }

    /**
     * The result's writer, for a result written as it is made (a list of many groups) rather than as one text;
     * the caller flushes it at the end.
     */
    public PrintWriter resultWriter() {
        wroteResult = true;
        return out;
    }

    public void diagnostic(String text) {
        if (firstDiagnostic == null) {
            firstDiagnostic = text;
        }
        err.println(text);
        err.flush();
    }

    /** Whether anything was written as a result (a failing command with --format json still owes one). */
    public boolean wroteResult() {
        return wroteResult;
    }

    /** The first diagnostic line (the error itself, before any usage hint), or null. */
    public String firstDiagnostic() {
        return firstDiagnostic;
    }
}
