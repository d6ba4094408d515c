package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.adapters.cli.output.Json;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupStatusQuery;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.StatusView;
import be.groupsetup.domain.setup.Readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        if (json(invocation)) {
            List<Map<String, Object>> missing = new ArrayList<>();
            for (Readiness.Missing item : readiness.missing()) {
                missing.add(Json.object("kind", item.kind().name().toLowerCase(java.util.Locale.ROOT),
                        "key", item.key(), "message", message(item),
                        "code", item.finding() == null ? null : item.finding().code()));
            }
            console.result(Json.write(Json.object("group", view.group().value(), "ready", readiness.isReady(),
                    "missing", missing, "progress", view.procedure().progress())));
        } else if (readiness.isReady()) {
            console.result(messages().text("status.ready", view.group().value()));
        } else {
            List<String> lines = new ArrayList<>();
            lines.add(messages().text("status.not-ready", view.group().value(), readiness.missing().size()));
            for (Readiness.Missing item : readiness.missing()) {
                lines.add("  - " + (item.finding() != null
                        ? (item.finding().field() == null ? "" : messages().label(item.finding().field()) + ": ")
                        + message(item)
                        : messages().text("status.step", item.step().order(), messages().stepTitle(item.step()))));
            }
            console.result(String.join("\n", lines));
        }
        return readiness.isReady() ? ExitCode.OK : ExitCode.REFUSED;
    }

    private String message(Readiness.Missing item) {
        return item.finding() != null ? messages().finding(item.finding()) : messages().stepInstruction(item.step());
    }
}
