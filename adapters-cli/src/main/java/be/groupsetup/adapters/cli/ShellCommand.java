package be.groupsetup.adapters.cli;

import be.groupsetup.presentation.view.ErrorDocument;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.input.Suggestions;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.view.Findings;
import be.groupsetup.presentation.json.Json;
import be.groupsetup.presentation.text.Messages;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;

import java.io.PrintWriter;
import java.util.List;

/**
 * A groupsetup command, as Spring Shell registers it. It reads its words against its {@link CommandSpec},
 * runs, and turns every outcome into an exit status (docs/rules.md §5.2) with a one-line explanation — never a stack
 * trace: a usage error (2) with the usage line, a refusal (1) with the rule's message, an environment failure
 * (3) with what failed.
 */
public abstract class ShellCommand implements Command {

    public static final String GROUP = "groupsetup";

    protected final ShellSupport shell;
    private final String id;
    private final CommandSpec spec;

    /**
     * @param id   the key of the command's texts in the bundle, e.g. {@code group.set}
     * @param spec what the command accepts
     */
    protected ShellCommand(String id, CommandSpec spec, ShellSupport shell) {
        this.id = id;
        this.spec = spec;
        this.shell = shell;
    }

    /** Runs the command once its words are read; returns the exit status. */
    protected abstract int run(Invocation invocation, Console console) throws UsageException;

    public String id() {
        return id;
    }

    public CommandSpec spec() {
        return spec;
    }

    protected Messages messages() {
        return shell.messages();
    }

    protected Findings findings() {
        return new Findings(shell.messages());
    }

    /** This run of the shell (where the output goes, the language chosen for the session). */
    protected be.groupsetup.adapters.cli.ShellSession session() {
        return shell.session();
    }

    @Override
    public String getName() {
        return spec.name();
    }

    @Override
    public String getDescription() {
        return messages().text("command." + id + ".description");
    }

    @Override
    public String getGroup() {
        return GROUP;
    }

    @Override
    public String getHelp() {
        StringBuilder help = new StringBuilder();
        help.append(spec.name()).append(" — ").append(getDescription()).append("\n\n");
        help.append(messages().labelled(messages().text("help.usage"), spec.usage())).append("\n");
        String details = "command." + id + ".help";
        if (messages().has(details)) {
            help.append('\n').append(messages().text(details)).append('\n');
        }
        if (!spec.options().isEmpty()) {
            help.append('\n').append(messages().labelled(messages().text("help.options"), "").stripTrailing()).append('\n');
            for (OptionSpec option : spec.options()) {
                String key = "option." + option.name();
                help.append(String.format("  %-28s %s%n", option.flag() ? "--" + option.name()
                        : "--" + option.name() + " " + option.hint(), messages().has(key) ? messages().text(key) : ""));
            }
        }
        help.append('\n').append(messages().labelled(messages().text("help.example"), "").stripTrailing()).append("\n  ")
                .append(messages().text("command." + id + ".example")).append('\n');
        return help.toString();
    }

    @Override
    public ExitStatus execute(CommandContext context) {
        List<String> words = context.parsedInput().arguments().stream().map(CommandArgument::value).toList();
        PrintWriter out = context.outputWriter();
        Console console = new Console(out, shell.session().diagnosticsOr(out));
        return ExitStatuses.toShell(runWords(words, console));
    }

    /** Reads the words and runs; every failure becomes an exit status and a message. */
    public int runWords(List<String> words, Console console) {
        int status = runParsed(words, console);
        if (status != ExitCode.OK && wantsJson(words) && !console.wroteResult()) {
            // a script asked for JSON: it gets a JSON document even when there is no result to show
            console.result(Json.write(ErrorDocument.of(status, console.firstDiagnostic())));
        }
        return status;
    }

    private static boolean wantsJson(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("--format=json")
                    || words.get(i).equals("--format") && i + 1 < words.size() && words.get(i + 1).equals("json")) {
                return true;
            }
        }
        return false;
    }

    private int runParsed(List<String> words, Console console) {
        try {
            Invocation invocation = spec.parse(words);
            if (invocation.helpAsked()) {
                console.result(getHelp());
                return ExitCode.OK;
            }
            return run(invocation, console);
        } catch (UsageException | RuntimeException failure) {
            Exception e = failure instanceof UsageException usage ? withSuggestion(usage) : failure;
            // every outcome to an exit status and its explanation by the one mapping (ExitStatuses)
            int status = ExitStatuses.report(e, console, messages());
            if (e instanceof UsageException) {
                console.diagnostic(messages().labelled(messages().text("help.usage"), spec.usage())
                        + "   (" + messages().text("help.more", "help " + spec.name()) + ")");
            }
            return status;
        }
    }

    /**
     * An unknown option with the closest ones this command takes ({@code --ibna} → {@code --iban}), when some are
     * close; any other usage error as it is.
     */
    private UsageException withSuggestion(UsageException usage) {
        if (!usage.messageKey().equals("usage.unknown-option")) {
            return usage;
        }
        String typed = String.valueOf(usage.arguments()[0]);
        // compared without the dashes, which every option has
        List<String> known = new java.util.ArrayList<>();
        spec.options().forEach(option -> known.add(option.name()));
        known.addAll(extraOptionNames());
        known.add("help");
        List<String> closest = Suggestions.closest(typed.replaceFirst("^--", ""), known).stream()
                .map(name -> "--" + name).toList();
        return closest.isEmpty() ? usage : new UsageException("usage.unknown-option-suggest", typed, spec.name(),
                Suggestions.either(closest, messages().text("usage.or")));
    }

    /** The words a completion should propose for the word at {@code position} among the arguments typed. */
    public List<String> completeArgument(int position, List<String> typedArguments) {
        return List.of();
    }

    /** The values a completion should propose for an option. */
    public List<String> completeOption(String optionName) {
        return spec.option(optionName).map(OptionSpec::choices).orElse(List.of());
    }

    /** Options whose names are not in the spec but accepted with a value (e.g. field keys). */
    public List<String> extraOptionNames() {
        return List.of();
    }
}
