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
    /** The texts in the language chosen with {@code language} for this session; null: the settings' language. */
    private volatile be.groupsetup.presentation.text.Messages chosenMessages;

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

    /** The commands of this session speak these texts from now on. */
    public void chooseMessages(be.groupsetup.presentation.text.Messages messages) {
        this.chosenMessages = messages;
    }

    /** The texts chosen for this session, or null for the settings' language. */
    public be.groupsetup.presentation.text.Messages chosenMessages() {
        return chosenMessages;
    }
}
