package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.presentation.json.Json;

import java.util.function.Function;

/**
 * A command that shows one view of the group its argument names, {@code NAME NUMBER [--format text|json]}: the
 * view's JSON document when asked, else its text.
 *
 * @param <V> what the query answers
 */
abstract class GroupViewCommand<V> extends GroupCommand {

    private final Function<GroupQuery, V> query;

    /**
     * @param id   the key of the command's texts in the bundle, e.g. {@code group.status}
     * @param name what the technician types, e.g. {@code group status}
     */
    GroupViewCommand(String id, String name, ShellSupport shell, ListGroupsQuery groups,
                     Function<GroupQuery, V> query) {
        super(id, CommandSpec.of(name, "NUMBER").withOptions(TEXT_OR_JSON), shell, groups);
        this.query = query;
    }

    @Override
    protected final int run(Invocation invocation, Console console) {
        V view = query.apply(new GroupQuery(invocation.argument(0)));
        console.result(json(invocation) ? Json.write(document(view)) : text(view));
        return status(view);
    }

    /** What {@code --format json} writes. */
    abstract Object document(V view);

    abstract String text(V view);

    /** The exit status, in either format. */
    int status(V view) {
        return ExitCode.OK;
    }
}
