package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.presentation.view.Views;
import be.groupsetup.application.port.in.GroupHistoryQuery;
import be.groupsetup.application.port.in.HistoryView;
import be.groupsetup.application.port.in.ListGroupsQuery;

import java.util.ArrayList;
import java.util.List;

/** {@code group history NUMBER}: who changed what, when. */
public final class GroupHistoryCommand extends GroupViewCommand<HistoryView> {

    public GroupHistoryCommand(ShellSupport shell, ListGroupsQuery groups, GroupHistoryQuery history) {
        super("group.history", "group history", shell, groups, history::history);
    }

    @Override
    Object document(HistoryView view) {
        return documents().history(view);
    }

    @Override
    String text(HistoryView view) {
        List<String> lines = new ArrayList<>();
        for (Views.HistoryLines entry : views().history(view)) {
            lines.add(String.format("%s  r%d  %s  %s", entry.when(), entry.revision(), entry.technician(),
                    entry.change()));
            entry.details().forEach(detail -> lines.add("    " + detail));
        }
        return lines.isEmpty() ? messages().text("history.empty") : String.join("\n", lines);
    }
}
