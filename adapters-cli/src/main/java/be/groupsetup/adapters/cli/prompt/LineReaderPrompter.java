package be.groupsetup.adapters.cli.prompt;

import be.groupsetup.presentation.text.SafeText;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks on the shell's JLine terminal: line editing, no quoting rules (what is typed is the value), and
 * nothing of it goes to the shell's command history. The answers are read by a reader of their own: the
 * shell's reader treats an apostrophe as an open quote (it would ask for more lines after
 * {@code L'Aurore}) and drops backslashes.
 */
public final class LineReaderPrompter implements Prompter {

    private final Supplier<LineReader> reader;
    private LineReader answers;

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
        try {
            return Optional.of(answers().readLine(SafeText.lines(prompt).replace("%", "%%")));
        } catch (UserInterruptException | EndOfFileException e) {
            return Optional.empty();
        }
    }

    /** A reader on the shell's terminal that takes the line as typed: no quotes, escapes, history or events. */
    private LineReader answers() {
        Terminal terminal = reader.get().getTerminal();
        if (answers == null || answers.getTerminal() != terminal) {
            DefaultParser literal = new DefaultParser();
            literal.setQuoteChars(new char[0]);
            literal.setEscapeChars(new char[0]);
            literal.setEofOnUnclosedQuote(false);
            literal.setEofOnEscapedNewLine(false);
            answers = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .parser(literal)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .variable(LineReader.DISABLE_HISTORY, Boolean.TRUE)
                    .build();
        }
        return answers;
    }

    @Override
    public void tell(String line) {
        Terminal terminal = reader.get().getTerminal();
        terminal.writer().println(SafeText.lines(line));
        terminal.flush();
    }
}
