package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.presentation.text.SafeText;
import be.groupsetup.presentation.view.Views;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.in.GroupHistoryQuery;
import be.groupsetup.application.port.in.HistoryView;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.field.FieldDisplay;

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
        Views views = views();
        List<String> lines = new ArrayList<>();
        for (HistoryEntry entry : view.entries()) {
            lines.add(String.format("%s  r%d  %s  %s", views.when(entry.time()), entry.revision(),
                    SafeText.inline(entry.technician()),
                    views.change(entry.kind().id(), entry.detail())));
            for (FieldChange change : entry.fieldChanges()) {
                lines.add("    " + views.label(change.field()) + ": " + shown(change, change.oldValue()) + " → "
                        + shown(change, change.newValue()));
            }
            for (StepRecord record : entry.recorded()) {
                lines.add("    + " + messages().stepTitle(record.step()) + ": " + views.record(record));
            }
            for (StepRecord record : entry.removed()) {
                lines.add("    - " + messages().stepTitle(record.step()) + ": " + views.record(record));
            }
            findings().lines(entry.findings()).forEach(line -> lines.add("    " + line));
        }
        return lines.isEmpty() ? messages().text("history.empty") : String.join("\n", lines);
    }

    private String shown(FieldChange change, String value) {
        return value == null ? messages().text("value.not-set")
                : SafeText.inline(FieldDisplay.readable(change.field(), value));
    }
}
