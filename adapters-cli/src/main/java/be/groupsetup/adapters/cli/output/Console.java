package be.groupsetup.adapters.cli.output;

import java.io.PrintWriter;

/** The two streams a command writes to: the result, and the diagnostics (errors, warnings, hints). */
public record Console(PrintWriter out, PrintWriter err) {

    public void result(String text) {
        out.println(text);
        out.flush();
    }

    public void diagnostic(String text) {
        err.println(text);
        err.flush();
    }
}
