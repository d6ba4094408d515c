package be.groupsetup.adapters.cli;

import java.io.PrintWriter;

/**
 * How this run of the shell talks to the world: set by the runner before a command executes. In a one-shot run
 * diagnostics go to standard error so that standard output carries only the result; in the interactive shell
 * (and in tests) they go where the output goes.
 */
public final class ShellSession {

    private volatile PrintWriter diagnostics;
    private volatile boolean interactive;

    /** Where errors and warnings go; {@code null} means "with the output". */
    public void useDiagnostics(PrintWriter writer) {
        this.diagnostics = writer;
    }

    public PrintWriter diagnosticsOr(PrintWriter output) {
        PrintWriter writer = diagnostics;
        return writer == null ? output : writer;
    }

    /** Whether the commands run in the interactive shell (rather than one command from the command line). */
    public boolean isInteractiveShell() {
        return interactive;
    }

    public void interactiveShell(boolean value) {
        this.interactive = value;
    }
}
