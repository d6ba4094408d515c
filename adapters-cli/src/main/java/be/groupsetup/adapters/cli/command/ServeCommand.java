package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellCommand;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.output.Console;

/**
 * {@code serve [--port N] [--bind ADDRESS]} as the shell knows it: listed by {@code help}, explained by
 * {@code help serve}. The dashboard is a process of its own ({@code ./groupsetup serve}, started before any shell by
 * the application), so typed in the shell it only says how to start it.
 */
public final class ServeCommand extends ShellCommand {

    public ServeCommand(ShellSupport shell) {
        super("serve", CommandSpec.of("serve").withOptions(OptionSpec.value("port", "N"),
                OptionSpec.value("bind", "ADDRESS")), shell);
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        console.diagnostic(messages().text("serve.from-command-line"));
        return ExitCode.USAGE;
    }
}
