package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.json.Json;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupStatusQuery;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.StatusView;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Readiness;

import java.util.ArrayList;
import java.util.List;

/** {@code group status NUMBER}: ready for MyCareNet billing, or what is missing; exit 0 only when ready. */
public final class GroupStatusCommand extends GroupCommand {

    private final GroupStatusQuery status;

    public GroupStatusCommand(ShellSupport shell, ListGroupsQuery groups, GroupStatusQuery status) {
        super("group.status", CommandSpec.of("group status", "NUMBER").withOptions(TEXT_OR_JSON), shell, groups);
        this.status = status;
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        StatusView view = status.status(new GroupQuery(invocation.argument(0)));
        Readiness readiness = view.readiness();
        String group = view.group().value();
        if (json(invocation)) {
            console.result(Json.write(documents().status(view)));
        } else if (readiness.isReady()) {
            console.result(messages().text("status.ready", group));
        } else {
            List<String> lines = new ArrayList<>();
            lines.add(messages().text("status.not-ready", group, readiness.missing().size()));
            boolean warnings = false;
            for (Readiness.Missing item : readiness.missing()) {
                lines.add("  - " + switch (item.kind()) {
                    case FIELD -> field(item.finding()) + message(item);
                    case WARNING -> messages().text("status.warning", field(item.finding()) + message(item),
                            item.finding().code());
                    case STEP -> item.finding() != null
                            ? messages().text("status.step-recheck", item.step().order(),
                            messages().stepTitle(item.step()), message(item))
                            : messages().text("status.step", item.step().order(), messages().stepTitle(item.step()));
                });
                warnings |= item.kind() == Readiness.Missing.Kind.WARNING;
            }
            if (warnings) {
                lines.add(messages().text("status.acknowledge-hint", group));
            }
            console.result(String.join("\n", lines));
        }
        return readiness.isReady() ? ExitCode.OK : ExitCode.REFUSED;
    }

    private String field(Finding finding) {
        return finding == null || finding.field() == null ? "" : messages().label(finding.field()) + ": ";
    }

    private String message(Readiness.Missing item) {
        return documents().missingMessage(item);
    }
}
