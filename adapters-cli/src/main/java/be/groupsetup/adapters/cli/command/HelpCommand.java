package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellCommand;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandNames;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.Suggestions;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code help [COMMAND]}: every command with its description, one command's usage, options and example, or the
 * commands whose names begin with the words given ({@code help csam}, {@code help group}).
 */
public final class HelpCommand extends ShellCommand {

    private final Supplier<CommandRegistry> registry;
    private final CommandNames names;

    public HelpCommand(ShellSupport shell, Supplier<CommandRegistry> registry) {
        super("help", CommandSpec.of("help", "COMMAND").lastArgumentRepeats().optionalArguments(0), shell);
        this.registry = registry;
        this.names = new CommandNames(registry);
    }

    @Override
    protected int run(Invocation invocation, Console console) throws UsageException {
        List<String> typed = invocation.arguments();
        if (!typed.isEmpty()) {
            Optional<Command> command = names.exactly(typed);
            if (command.isPresent()) {
                console.result(command.get().getHelp());
                return ExitCode.OK;
            }
            List<String> continuing = names.continuing(typed);
            if (continuing.isEmpty()) {
                throw unknown(typed);
            }
            // help group, help csam: the commands whose names begin with those words
            console.result(String.join("\n", list(messages().text("help.group-title", String.join(" ", typed)),
                    registry.get().getCommands().stream().filter(c -> continuing.contains(c.getName())).toList())));
            return ExitCode.OK;
        }
        List<String> lines = new ArrayList<>(list(messages().text("help.title"), registry.get().getCommands()));
        lines.add("");
        lines.add(messages().text("help.footer"));
        lines.add(messages().text("help.language", messages().language()));
        console.result(String.join("\n", lines));
        return ExitCode.OK;
    }

    /** The words name no command nor the beginning of one: the closest names, when some are close. */
    private UsageException unknown(List<String> typed) {
        CommandNames.Suggestion suggestion = names.suggest(typed);
        if (suggestion.names().isEmpty() || !suggestion.typed().equals(String.join(" ", typed))) {
            return new UsageException("usage.unknown-command", String.join(" ", typed));
        }
        return new UsageException("usage.unknown-command-suggest", suggestion.typed(),
                Suggestions.either(suggestion.names(), messages().text("usage.or")));
    }

    /** A title, then each command that is not hidden with its description, ours first, by name. */
    private List<String> list(String title, Collection<Command> all) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        List<Command> commands = new ArrayList<>(all);
        commands.removeIf(Command::isHidden);
        commands.sort(Comparator.comparing((Command c) -> !c.getGroup().equals(GROUP)).thenComparing(Command::getName));
        int width = commands.stream().mapToInt(c -> c.getName().length()).max().orElse(10);
        for (Command command : commands) {
            lines.add(String.format("  %-" + width + "s  %s", command.getName(),
                    command instanceof ShellCommand ? command.getDescription() : messages().text("help.builtin." + command.getName())));
        }
        return lines;
    }

    /** The next word of the command names that start with the words typed (a completion is one word). */
    @Override
    public List<String> completeArgument(int position, List<String> typedArguments) {
        return names.nextWords(typedArguments);
    }
}
