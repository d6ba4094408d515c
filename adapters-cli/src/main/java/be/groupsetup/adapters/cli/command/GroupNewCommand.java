package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.port.in.CreateGroupUseCase;
import be.groupsetup.application.port.in.ListGroupsQuery;

/** {@code group new NUMBER}: an empty configuration for a group. */
public final class GroupNewCommand extends GroupCommand {

    private final CreateGroupUseCase create;

    public GroupNewCommand(ShellSupport shell, ListGroupsQuery groups, CreateGroupUseCase create) {
        super("group.new", CommandSpec.of("group new", "NUMBER").withOptions(TEXT_OR_JSON), shell, groups);
        this.create = create;
    }

    @Override
    public java.util.List<String> completeArgument(int position, java.util.List<String> typedArguments) {
        return java.util.List.of();
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        ChangeResult result = create.create(new CreateGroupCommand(invocation.argument(0)));
        return Changes.report(result, invocation, console, messages(),
                result.configuration() == null ? null : result.configuration().groupNumber().value());
    }
}
