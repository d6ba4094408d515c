package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.ExportGroupCommand;
import be.groupsetup.application.port.in.ExportGroupUseCase;
import be.groupsetup.application.port.in.ListGroupsQuery;

/** {@code group export NUMBER [--output FILE]}: the group and its history as one JSON file. */
public final class GroupExportCommand extends GroupCommand {

    private final ExportGroupUseCase export;

    public GroupExportCommand(ShellSupport shell, ListGroupsQuery groups, ExportGroupUseCase export) {
        super("group.export", CommandSpec.of("group export", "NUMBER").withOptions(OptionSpec.value("output", "FILE")),
                shell, groups);
        this.export = export;
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        String content = export.export(new ExportGroupCommand(invocation.argument(0)));
        return ResultOutput.writeOrPrint(invocation, console, messages(), content, true);
    }
}
