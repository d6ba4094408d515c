package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.sheet.SheetRenderer;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupSheetQuery;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.SheetModel;

import java.util.List;

/** {@code group sheet NUMBER [--format text|markdown|html|json] [--output FILE]}: what to type into AllsoftPlus. */
public final class GroupSheetCommand extends GroupCommand {

    private final GroupSheetQuery sheet;

    public GroupSheetCommand(ShellSupport shell, ListGroupsQuery groups, GroupSheetQuery sheet) {
        super("group.sheet", CommandSpec.of("group sheet", "NUMBER").withOptions(
                OptionSpec.choice("format", List.of("text", "markdown", "html", "json")),
                OptionSpec.value("output", "FILE")), shell, groups);
        this.sheet = sheet;
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        SheetModel model = sheet.sheet(new GroupQuery(invocation.argument(0)));
        String format = invocation.option("format").orElse("text");
        String rendered = new SheetRenderer(messages()).render(model, format);
        return ResultOutput.writeOrPrint(invocation, console, messages(), rendered, format.equals("json"));
    }
}
