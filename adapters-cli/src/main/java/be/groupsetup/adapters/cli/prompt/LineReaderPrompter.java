package be.groupsetup.adapters.cli.prompt;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks through the shell's JLine reader: line editing, no quoting rules (what is typed is the value), and
 * nothing of it goes to the shell's command history.
 */
public final class LineReaderPrompter implements Prompter {

    private final Supplier<LineReader> reader;

    public LineReaderPrompter(Supplier<LineReader> reader) {
        this.reader = reader;
    }

    @Override
    public boolean isInteractive() {
        return System.console() != null && !Terminal.TYPE_DUMB.equals(reader.get().getTerminal().getType())
                && !Terminal.TYPE_DUMB_COLOR.equals(reader.get().getTerminal().getType());
    }

    @Override
    public Optional<String> ask(String prompt) {
        LineReader lineReader = reader.get();
        Object disabled = lineReader.getVariable(LineReader.DISABLE_HISTORY);
        lineReader.setVariable(LineReader.DISABLE_HISTORY, Boolean.TRUE);
        try {
            return Optional.of(lineReader.readLine(prompt));
        } catch (UserInterruptException | EndOfFileException e) {
            return Optional.empty();
        } finally {
            lineReader.setVariable(LineReader.DISABLE_HISTORY, disabled == null ? Boolean.FALSE : disabled);
        }
    }

    @Override
    public void tell(String line) {
        Terminal terminal = reader.get().getTerminal();
        terminal.writer().println(line);
        terminal.flush();
    }
}
