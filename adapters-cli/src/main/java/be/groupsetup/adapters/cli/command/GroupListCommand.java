package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.json.Json;
import be.groupsetup.presentation.text.SafeText;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.domain.csam.CsamStep;

import java.util.List;

/** {@code group list}: every stored group, damaged documents included. */
public final class GroupListCommand extends GroupCommand {

    private final ListGroupsQuery list;

    public GroupListCommand(ShellSupport shell, ListGroupsQuery list) {
        super("group.list", CommandSpec.of("group list").withOptions(TEXT_OR_JSON),
                shell, list);
        this.list = list;
    }

    @Override
    public List<String> completeArgument(int position, List<String> typedArguments) {
        return List.of();
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        List<GroupListing> groups = list.list();
        if (json(invocation)) {
            console.result(Json.write(documents().list(groups)));
            return ExitCode.OK;
        }
        if (groups.isEmpty()) {
            console.result(messages().text("list.empty"));
            return ExitCode.OK;
        }
        String yes = messages().text("list.yes");
        String no = messages().text("list.no");
        String format = "%-11s  %-" + width("list.complete") + "s  %-" + width("list.warnings") + "s  %-5s  %-"
                + width("list.ready") + "s  %s%n";
        StringBuilder out = new StringBuilder(String.format(format, messages().text("list.number"),
                messages().text("list.complete"), messages().text("list.warnings"), messages().text("list.csam"),
                messages().text("list.ready"), messages().text("list.company")));
        for (GroupListing listing : groups) {
            if (listing instanceof GroupListing.Listed listed) {
                GroupSummary s = listed.summary();
                out.append(String.format(format, s.group().value(), s.complete() ? yes : no, s.openWarnings(),
                        s.progress() + "/" + CsamStep.REQUIRED_STEPS, s.ready() ? yes : no,
                        s.company() == null ? "—" : SafeText.inline(s.company())));
            } else if (listing instanceof GroupListing.Damaged damaged) {
                out.append(String.format("%-11s  %s%n", SafeText.inline(damaged.key()),
                        messages().text("list.damaged", damaged.reason(), damaged.location())));
            }
        }
        console.result(out.toString().stripTrailing());
        return ExitCode.OK;
    }

    /** A column as wide as its heading (at least 5), so that headings in every language line up. */
    private int width(String heading) {
        return Math.max(5, messages().text(heading).length());
    }
}
