package be.groupsetup.adapters.cli.command;

import be.groupsetup.presentation.view.Findings;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.ShowGroupQuery;
import be.groupsetup.application.port.in.SetFieldsCommand;
import be.groupsetup.application.port.in.SetFieldsUseCase;
import be.groupsetup.domain.field.FieldKey;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code group set NUMBER --KEY VALUE …}: one change, all or nothing. */
public final class GroupSetCommand extends GroupCommand {

    private final SetFieldsUseCase setFields;
    private final ShowGroupQuery show;

    public GroupSetCommand(ShellSupport shell, ListGroupsQuery groups, SetFieldsUseCase setFields,
                           ShowGroupQuery show) {
        super("group.set", CommandSpec.of("group set", "NUMBER").withOptions(TEXT_OR_JSON)
                .withExtraOptions(name -> FieldKey.fromKey(name).filter(f -> f.key().equals(name)).isPresent(),
                        "--KEY VALUE [--KEY VALUE ...]"),
                shell, groups);
        this.setFields = setFields;
        this.show = show;
    }

    @Override
    protected int run(Invocation invocation, Console console) throws UsageException {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        invocation.options().forEach((name, value) -> FieldKey.fromKey(name).ifPresent(field -> values.put(field, value)));
        if (values.isEmpty()) {
            throw new UsageException("usage.no-field");
        }
        ChangeResult result = setFields.set(new SetFieldsCommand(invocation.argument(0), values));
        return Changes.report(result, invocation, console, messages(),
                result.configuration() == null ? invocation.argument(0) : result.configuration().groupNumber().value(),
                Findings.acknowledgementsAfter(result, show));
    }

    @Override
    public List<String> extraOptionNames() {
        return Arrays.stream(FieldKey.values()).filter(f -> f != FieldKey.GROUP_NUMBER).map(FieldKey::key).toList();
    }
}
