package be.groupsetup.adapters.cli.runner;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ExitStatuses;
import be.groupsetup.adapters.cli.ShellCommand;
import be.groupsetup.adapters.cli.ShellSession;
import be.groupsetup.adapters.cli.file.FileMessages;
import be.groupsetup.adapters.cli.file.FileProblem;
import be.groupsetup.adapters.cli.file.InputFiles;
import be.groupsetup.adapters.cli.input.CommandLineTokenizer;
import be.groupsetup.adapters.cli.input.CommandNames;
import be.groupsetup.adapters.cli.input.GroupsetupCommandParser;
import be.groupsetup.adapters.cli.input.Suggestions;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.text.Messages;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.PromptProvider;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How groupsetup runs: no arguments opens the interactive shell; {@code @FILE} runs the commands of a file in order
 * and stops at the first failing one; anything else is one command whose words keep the boundaries the operating
 * system's shell gave them. The exit status is the last command's (docs/rules.md §5.1), by the one mapping
 * ({@link ExitStatuses}). Plain Java: the application's assembly builds it and calls {@link #run(String[])} at
 * start-up (Spring Shell's own runner backs off for it).
 */
public final class GroupsetupRunner {

    private static final Set<String> LEAVE = Set.of("exit", "quit");

    private final CommandRegistry registry;
    private final GroupsetupCommandParser parser;
    private final CommandNames names;
    private final ShellSession session;
    private final Messages messages;
    private final Supplier<LineReader> lineReader;
    private final Supplier<PromptProvider> prompt;

    /**
     * @param lineReader the terminal's line reader, asked for only when the interactive shell opens
     * @param prompt     the prompt, likewise
     */
    public GroupsetupRunner(CommandRegistry registry, GroupsetupCommandParser parser, ShellSession session,
                            Messages messages, Supplier<LineReader> lineReader, Supplier<PromptProvider> prompt) {
        this.registry = registry;
        this.parser = parser;
        this.names = new CommandNames(() -> registry);
        this.session = session;
        this.messages = messages;
        this.lineReader = lineReader;
        this.prompt = prompt;
    }

    /**
     * Runs groupsetup with the process's arguments: none opens the interactive shell; otherwise results go to
     * standard output and diagnostics to standard error. Returns the exit status.
     */
    public int run(String[] words) {
        return words.length == 0 ? interactive() : run(words, standardOutput(), standardError());
    }

    /**
     * Runs a command line without a terminal, as {@code groupsetup WORDS…} does: one command, or the commands of
     * {@code @FILE}; results to {@code out}, diagnostics to {@code err}. Returns the exit status.
     */
    public int run(String[] words, PrintWriter out, PrintWriter err) {
        session.useDiagnostics(err);
        Console console = new Console(out, err);
        if (words.length == 1 && words[0].startsWith("@")) {
            return script(words[0].substring(1), console);
        }
        if (words.length == 1 && LEAVE.contains(words[0].toLowerCase(Locale.ROOT))) {
            return ExitCode.OK;
        }
        return execute(Arrays.asList(words), console);
    }

    /**
     * Runs the commands of a script: a regular file, a pipe ({@code @<(generate)}) or {@code -} (standard input),
     * read whole first, up to {@link InputFiles#SCRIPT_LIMIT}; a folder, a device or a socket is refused at once.
     */
    private int script(String file, Console console) {
        List<String> lines;
        try {
            lines = InputFiles.utf8(InputFiles.read(file, InputFiles.SCRIPT_LIMIT, session.standardInput()))
                    .lines().toList();
        } catch (FileProblem problem) {
            console.diagnostic(FileMessages.line(messages(), problem, FileMessages.Use.SCRIPT));
            return problem.exitCode(ExitCode.USAGE);
        } catch (CharacterCodingException e) {
            console.diagnostic(messages().text("error.prefix") + " "
                    + messages().text("error.script-file", file, messages().text("import.not-utf8")));
            return ExitCode.USAGE;
        }
        int last = ExitCode.OK;
        boolean anyCommand = false;
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (LEAVE.contains(line.toLowerCase(Locale.ROOT))) {
                // as in the interactive shell: the script ends here, every command so far having succeeded
                return last;
            }
            anyCommand = true;
            List<String> words;
            try {
                words = CommandLineTokenizer.tokenize(line);
            } catch (UsageException e) {
                console.diagnostic(messages().text("shell.script-line", file, number,
                        messages().text(e.messageKey(), e.arguments())));
                return ExitStatuses.of(e);
            }
            last = execute(words, console);
            if (last != ExitCode.OK) {
                console.diagnostic(messages().text("shell.script-line", file, number, line));
                return last;
            }
        }
        if (!anyCommand) {
            // a script of blank lines and comments only is almost certainly not the file that was meant
            console.diagnostic(messages().text("error.prefix") + " " + messages().text("usage.empty-script", file));
            return ExitCode.USAGE;
        }
        return last;
    }

    private int interactive() {
        session.useDiagnostics(null);
        LineReader reader = lineReader.get();
        PrintWriter out = reader.getTerminal().writer();
        Console console = new Console(out, out);
        if (EarlyPrompt.written()) {
            // the welcome and a first prompt are on the screen already: the reader's first prompt takes that one's
            // place; what was typed after it is still the terminal's, which the reader echoes after its prompt
            out.print(EarlyPrompt.takeOver());
            out.flush();
        } else {
            console.result(messages().text("shell.welcome"));
        }
        String promptText = prompt.get().getPrompt().toAnsi(reader.getTerminal());
        // JLine's bare "quote>" when a quote is left open: say why, and how to finish or cancel
        while (true) {
            // in the session's language: the language command may have changed it since the last line
            reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, continuationPrompt(messages()));
            String line;
            try {
                line = reader.readLine(promptText);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            String typed = line.strip();
            if (typed.isEmpty()) {
                continue;
            }
            if (LEAVE.contains(typed.toLowerCase(Locale.ROOT))) {
                break;
            }
            try {
                execute(CommandLineTokenizer.tokenize(typed), console);
            } catch (UsageException e) {
                ExitStatuses.report(e, console, messages());
            }
        }
        console.result(messages().text("shell.bye"));
        return ExitCode.OK;
    }

    /** The texts of this session: the language chosen with {@code language}, else the settings'. */
    private Messages messages() {
        Messages chosen = session.chosenMessages();
        return chosen == null ? messages : chosen;
    }

    /**
     * The prompt of a line continued because a quote is left open (JLine's {@code %M} is what is missing:
     * {@code quote}, {@code dquote}), saying how to finish it or cancel it.
     */
    public static String continuationPrompt(Messages messages) {
        return messages.text("shell.continuation");
    }

    /** Runs one command from its words; returns its exit status. */
    private int execute(List<String> words, Console console) {
        Optional<CommandNames.Match> match = names.longest(words);
        if (match.isEmpty()) {
            console.diagnostic(messages().text("error.prefix") + " " + unknownCommand(words));
            return ExitCode.USAGE;
        }
        Command command = match.get().command();
        if (command instanceof ShellCommand shellCommand) {
            return shellCommand.runWords(words.subList(match.get().nameWords(), words.size()), console);
        }
        try {
            int status = ExitStatuses.of(command.execute(new CommandContext(parser.parse(words), registry, console.out(),
                    new InputReader() {
                    })));
            console.out().flush();
            return status;
        } catch (Exception e) {
            return ExitStatuses.report(e, console, messages());
        }
    }

    /**
     * Why the words name no command: the first word begins command names but more is needed ({@code group}); else
     * the closest names, when some are close ({@code grup status} → {@code group status}); else that it is unknown.
     */
    private String unknownCommand(List<String> words) {
        String name = words.get(0);
        List<String> sub = names.continuing(List.of(name));
        CommandNames.Suggestion suggestion = words.size() == 1 && !sub.isEmpty()
                ? new CommandNames.Suggestion(name, List.of()) : names.suggest(words);
        if (!suggestion.names().isEmpty()) {
            return messages().text("usage.unknown-command-suggest", suggestion.typed(),
                    Suggestions.either(suggestion.names(), messages().text("usage.or")));
        }
        return sub.isEmpty() ? messages().text("usage.unknown-command", name)
                : messages().text("usage.incomplete-command", name, String.join(", ", sub));
    }

    private static PrintWriter standardOutput() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }

    private static PrintWriter standardError() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }
}
