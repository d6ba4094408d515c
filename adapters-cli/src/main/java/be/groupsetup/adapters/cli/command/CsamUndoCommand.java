package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.UndoCsamStepCommand;
import be.groupsetup.application.port.in.UndoCsamStepUseCase;

/** {@code csam undo NUMBER STEP [--person NAME] [--cascade]}. */
public final class CsamUndoCommand extends CsamCommand {

    private final UndoCsamStepUseCase undo;

    public CsamUndoCommand(ShellSupport shell, ListGroupsQuery groups, UndoCsamStepUseCase undo) {
        super("csam.undo", CommandSpec.of("csam undo", "NUMBER", "STEP").withOptions(
                OptionSpec.value("person", "NAME"), OptionSpec.flag("cascade"), TEXT_OR_JSON), shell, groups);
        this.undo = undo;
    }

    @Override
    protected int run(Invocation invocation, Console console) throws UsageException {
        checkStepId(invocation.argument(1));
        return report(undo.undo(new UndoCsamStepCommand(invocation.argument(0), invocation.argument(1),
                invocation.option("person").orElse(null), invocation.flag("cascade"))), invocation, console);
    }
}
