package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.ResetCsamCommand;
import be.groupsetup.application.port.in.ResetCsamUseCase;


/** {@code csam reset NUMBER [--force]}: clears the whole procedure (the history keeps every record). */
public final class CsamResetCommand extends CsamCommand {

    private final ResetCsamUseCase reset;

    public CsamResetCommand(ShellSupport shell, ListGroupsQuery groups, ResetCsamUseCase reset) {
        super("csam.reset", CommandSpec.of("csam reset", "NUMBER").withOptions(OptionSpec.flag("force"), TEXT_OR_JSON),
                shell, groups);
        this.reset = reset;
    }

    @Override
    protected int run(Invocation invocation, Console console) throws UsageException {
        if (!confirmed(invocation, () -> messages().text("reset.confirm", canonical(invocation.argument(0))))) {
            console.result(messages().text("reset.cancelled"));
            return ExitCode.OK;
        }
        return report(reset.reset(new ResetCsamCommand(invocation.argument(0))), invocation, console);
    }

    @Override
    public java.util.List<String> completeArgument(int position, java.util.List<String> typedArguments) {
        return position == 0 ? super.completeArgument(position, typedArguments) : java.util.List.of();
    }
}
