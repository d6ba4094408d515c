package be.groupsetup.adapters.cli.command;

import be.groupsetup.presentation.view.Findings;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.ClearFieldsCommand;
import be.groupsetup.application.port.in.ClearFieldsUseCase;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.ShowGroupQuery;
import be.groupsetup.domain.field.FieldKey;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code group clear NUMBER KEY [KEY …]}. */
public final class GroupClearCommand extends GroupCommand {

    private final ClearFieldsUseCase clearFields;
    private final ShowGroupQuery show;

    public GroupClearCommand(ShellSupport shell, ListGroupsQuery groups, ClearFieldsUseCase clearFields,
                           ShowGroupQuery show) {
        super("group.clear", CommandSpec.of("group clear", "NUMBER", "KEY").lastArgumentRepeats().withOptions(TEXT_OR_JSON),
                shell, groups);
        this.clearFields = clearFields;
        this.show = show;
    }

    @Override
    protected int run(Invocation invocation, Console console) throws UsageException {
        Set<FieldKey> fields = EnumSet.noneOf(FieldKey.class);
        for (String key : invocation.arguments().subList(1, invocation.arguments().size())) {
            fields.add(FieldKey.fromKey(key).orElseThrow(() -> new UsageException("usage.unknown-field", key,
                    String.join(", ", extraKeys()))));
        }
        ChangeResult result = clearFields.clear(new ClearFieldsCommand(invocation.argument(0), fields));
        return Changes.report(result, invocation, console, messages(),
                result.configuration() == null ? invocation.argument(0) : result.configuration().groupNumber().value(),
                Findings.acknowledgementsAfter(result, show));
    }

    @Override
    public List<String> completeArgument(int position, List<String> typedArguments) {
        return position == 0 ? super.completeArgument(position, typedArguments) : extraKeys();
    }

    private static List<String> extraKeys() {
        return Arrays.stream(FieldKey.values()).filter(f -> f != FieldKey.GROUP_NUMBER).map(FieldKey::key).toList();
    }
}
