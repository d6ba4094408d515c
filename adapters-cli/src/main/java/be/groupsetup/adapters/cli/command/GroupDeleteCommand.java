package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.DeleteGroupCommand;
import be.groupsetup.application.port.in.DeleteGroupUseCase;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.ShowGroupQuery;


/** {@code group delete NUMBER [--force]}: removes the group and its history after a confirmation. */
public final class GroupDeleteCommand extends GroupCommand {

    private final DeleteGroupUseCase delete;
    private final ShowGroupQuery show;

    public GroupDeleteCommand(ShellSupport shell, ListGroupsQuery groups, DeleteGroupUseCase delete, ShowGroupQuery show) {
        super("group.delete", CommandSpec.of("group delete", "NUMBER").withOptions(OptionSpec.flag("force")),
                shell, groups);
        this.delete = delete;
        this.show = show;
    }

    @Override
    protected int run(Invocation invocation, Console console) throws UsageException {
        String number = canonical(invocation.argument(0));
        // the group must exist (and be readable) before anyone is asked to confirm its deletion
        if (!confirmed(invocation, () -> messages().text("delete.confirm",
                show.show(new GroupQuery(number)).group().value()))) {
            console.result(messages().text("delete.cancelled", number));
            return ExitCode.OK;
        }
        delete.delete(new DeleteGroupCommand(number));
        console.result(messages().text("delete.done", number));
        return ExitCode.OK;
    }
}
