package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.RenameGroupCommand;
import be.groupsetup.application.port.in.RenameGroupUseCase;

/** {@code group rename NUMBER NEW-NUMBER}: the group number is the identity, changed only by renaming. */
public final class GroupRenameCommand extends GroupCommand {

    private final RenameGroupUseCase rename;

    public GroupRenameCommand(ShellSupport shell, ListGroupsQuery groups, RenameGroupUseCase rename) {
        super("group.rename", CommandSpec.of("group rename", "NUMBER", "NEW-NUMBER").withOptions(TEXT_OR_JSON),
                shell, groups);
        this.rename = rename;
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        ChangeResult result = rename.rename(new RenameGroupCommand(invocation.argument(0), invocation.argument(1)));
        return Changes.report(result, invocation, console, messages(),
                result.configuration() == null ? invocation.argument(0) : result.configuration().groupNumber().value());
    }
}
