package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.ShowGroupQuery;

import java.util.ArrayList;
import java.util.List;

/** {@code csam status NUMBER}: the checklist, who recorded what and when, the next step. */
public final class CsamStatusCommand extends GroupViewCommand<GroupView> {

    public CsamStatusCommand(ShellSupport shell, ListGroupsQuery groups, ShowGroupQuery show) {
        super("csam.status", "csam status", shell, groups, show::show);
    }

    @Override
    Object document(GroupView view) {
        return views().procedure(view.group().value(), view.csam());
    }

    @Override
    String text(GroupView view) {
        List<String> lines = new ArrayList<>();
        lines.add(messages().text("csam.title", view.group().value()));
        lines.add(messages().text("procedure.caution"));
        lines.addAll(views().checklist(view.group().value(), view.csam()));
        return String.join("\n", lines);
    }
}
