package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.ShowGroupQuery;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code group show NUMBER} (every field with its label, then the findings; exit 0 whenever it can display) and
 * {@code group check NUMBER} (the findings; exit 1 when an error or a missing required field is found).
 */
public final class GroupShowCommand extends GroupViewCommand<GroupView> {

    private final boolean checking;

    private GroupShowCommand(String id, String name, ShellSupport shell, ListGroupsQuery groups, ShowGroupQuery show,
                             boolean checking) {
        super(id, name, shell, groups, show::show);
        this.checking = checking;
    }

    public static GroupShowCommand show(ShellSupport shell, ListGroupsQuery groups, ShowGroupQuery show) {
        return new GroupShowCommand("group.show", "group show", shell, groups, show, false);
    }

    /** The same query as {@code group show}, judged: exit 1 when the configuration is not complete. */
    public static GroupShowCommand check(ShellSupport shell, ListGroupsQuery groups, ShowGroupQuery show) {
        return new GroupShowCommand("group.check", "group check", shell, groups, show, true);
    }

    @Override
    Object document(GroupView view) {
        return documents().group(view);
    }

    @Override
    String text(GroupView view) {
        return checking ? checkText(view) : showText(view);
    }

    @Override
    int status(GroupView view) {
        return checking && !view.complete() ? ExitCode.REFUSED : ExitCode.OK;
    }

    private String showText(GroupView view) {
        List<String> lines = new ArrayList<>();
        String company = view.configuration().value(FieldKey.COMPANY_NAME).orElse(messages().text("value.not-set"));
        lines.add(messages().text("show.title", view.group().value(), company));
        lines.addAll(views().valueLines(view.configuration()));
        lines.add("");
        lines.addAll(findingLines(view));
        lines.add(summary(view));
        openWarnings(view).ifPresent(lines::add);
        return String.join("\n", lines);
    }

    private String checkText(GroupView view) {
        List<String> lines = new ArrayList<>(findingLines(view));
        lines.add(summary(view));
        openWarnings(view).ifPresent(lines::add);
        return String.join("\n", lines);
    }

    private List<String> findingLines(GroupView view) {
        return view.findings().isEmpty() ? List.of(messages().text("check.no-findings"))
                : findings().lines(view.findings(), view::acknowledgementOf, view.group().value());
    }

    /** How many warnings are not acknowledged (each keeps the group from being ready), when there are any. */
    private java.util.Optional<String> openWarnings(GroupView view) {
        int open = view.openWarnings().size();
        return open == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(messages().text("check.open-warnings", open, view.group().value()));
    }

    private String summary(GroupView view) {
        long errors = view.findings().stream().filter(Finding::isError).count();
        return view.complete() ? messages().text("check.complete", view.group().value())
                : messages().text("check.incomplete", view.group().value(), errors);
    }
}
