package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.json.Json;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.ShowGroupQuery;

import java.util.ArrayList;
import java.util.List;

/** {@code csam status NUMBER}: the checklist, who recorded what and when, the next step. */
public final class CsamStatusCommand extends GroupCommand {

    private final ShowGroupQuery show;

    public CsamStatusCommand(ShellSupport shell, ListGroupsQuery groups, ShowGroupQuery show) {
        super("csam.status", CommandSpec.of("csam status", "NUMBER").withOptions(TEXT_OR_JSON), shell, groups);
        this.show = show;
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        GroupView view = show.show(new GroupQuery(invocation.argument(0)));
        if (json(invocation)) {
            console.result(Json.write(views().procedure(view.group().value(), view.csam())));
        } else {
            List<String> lines = new ArrayList<>();
            lines.add(messages().text("csam.title", view.group().value()));
            lines.add(messages().text("procedure.caution"));
            lines.addAll(views().checklist(view.csam()));
            console.result(String.join("\n", lines));
        }
        return ExitCode.OK;
    }
}
