package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellCommand;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandNames;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** {@code help [COMMAND]}: every command with its description, or one command's usage, options and example. */
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
        if (!invocation.arguments().isEmpty()) {
            Command command = names.exactly(invocation.arguments()).orElseThrow(() ->
                    new UsageException("usage.unknown-command", String.join(" ", invocation.arguments())));
            console.result(command.getHelp());
            return ExitCode.OK;
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages().text("help.title"));
        List<Command> commands = new ArrayList<>(registry.get().getCommands());
        commands.removeIf(Command::isHidden);
        commands.sort(Comparator.comparing((Command c) -> !c.getGroup().equals(GROUP)).thenComparing(Command::getName));
        int width = commands.stream().mapToInt(c -> c.getName().length()).max().orElse(10);
        for (Command command : commands) {
            lines.add(String.format("  %-" + width + "s  %s", command.getName(),
                    command instanceof ShellCommand ? command.getDescription() : messages().text("help.builtin." + command.getName())));
        }
        lines.add("");
        lines.add(messages().text("help.footer"));
        lines.add(messages().text("help.language", messages().language()));
        console.result(String.join("\n", lines));
        return ExitCode.OK;
    }

    /** The next word of the command names that start with the words typed (a completion is one word). */
    @Override
    public List<String> completeArgument(int position, List<String> typedArguments) {
        return names.nextWords(typedArguments);
    }
}
