package be.groupsetup.adapters.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * How this run of the shell talks to the world: set by the runner before a command executes. In a one-shot run
 * diagnostics go to standard error so that standard output carries only the result; in the interactive shell
 * (and in tests) they go where the output goes. {@code -} as a file to read is the standard input.
 */
public final class ShellSession {

    private volatile PrintWriter diagnostics;
    private volatile Supplier<InputStream> standardInput = () -> System.in;

    /** Where errors and warnings go; {@code null} means "with the output". */
    public void useDiagnostics(PrintWriter writer) {
        this.diagnostics = writer;
    }

    public PrintWriter diagnosticsOr(PrintWriter output) {
        PrintWriter writer = diagnostics;
        return writer == null ? output : writer;
    }

    /** What {@code -} reads (the process's standard input unless a test gives another). */
    public void useStandardInput(Supplier<InputStream> input) {
        this.standardInput = input;
    }

    public Supplier<InputStream> standardInput() {
        return standardInput;
    }
}
