package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.view.Findings;
import be.groupsetup.presentation.json.Json;
import be.groupsetup.presentation.view.Outcomes;
import be.groupsetup.application.port.in.AcknowledgeResult;
import be.groupsetup.application.port.in.AcknowledgeWarningCommand;
import be.groupsetup.application.port.in.AcknowledgeWarningUseCase;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupStatusQuery;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.ShowGroupQuery;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Acknowledgement;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code group acknowledge NUMBER CODE --reason TEXT [--field KEY]}: a warning the technician has checked is
 * accepted by name, with who, when and why (docs/rules.md §3.2); {@code --withdraw} takes the acknowledgement back.
 */
public final class GroupAcknowledgeCommand extends GroupCommand {

    private final AcknowledgeWarningUseCase acknowledge;
    private final ShowGroupQuery show;
    private final GroupStatusQuery status;

    public GroupAcknowledgeCommand(ShellSupport shell, ListGroupsQuery groups, AcknowledgeWarningUseCase acknowledge,
                                   ShowGroupQuery show, GroupStatusQuery status) {
        super("group.acknowledge", CommandSpec.of("group acknowledge", "NUMBER", "CODE").withOptions(
                OptionSpec.value("reason", "TEXT"), OptionSpec.value("field", "KEY"), OptionSpec.flag("withdraw"),
                TEXT_OR_JSON), shell, groups);
        this.acknowledge = acknowledge;
        this.show = show;
        this.status = status;
    }

    @Override
    protected int run(Invocation invocation, Console console) throws UsageException {
        boolean withdraw = invocation.flag("withdraw");
        if (withdraw && invocation.option("reason").isPresent()) {
            throw new UsageException("usage.reason-with-withdraw");
        }
        if (!withdraw && invocation.option("reason").isEmpty()) {
            throw new UsageException("usage.reason-required");
        }
        FieldKey field = null;
        if (invocation.option("field").isPresent()) {
            String key = invocation.option("field").get();
            field = FieldKey.fromKey(key).orElseThrow(() -> new UsageException("usage.unknown-field", key,
                    String.join(", ", fieldKeys())));
        }
        AcknowledgeResult result = acknowledge.acknowledge(new AcknowledgeWarningCommand(invocation.argument(0),
                invocation.argument(1), field, invocation.option("reason").orElse(null), withdraw));
        String group = result.group().value();
        if (json(invocation)) {
            console.result(Json.write(documents().acknowledge(result)));
            findings().lines(result.findings()).forEach(console::diagnostic);
        } else {
            Outcomes outcomes = new Outcomes(messages());
            Outcomes.Report report = outcomes.acknowledge(result,
                    result.isAccepted() ? outcomes.readiness(group, status) : Optional.empty());
            report.results().forEach(console::result);
            report.findings().forEach(console::diagnostic);
        }
        if (!result.isAccepted() && !json(invocation)) {
            console.diagnostic(messages().text("change.refused"));
        }
        return result.isAccepted() ? ExitCode.OK : ExitCode.REFUSED;
    }

    /** The codes of the group's open warnings, and of its acknowledgements (to withdraw). */
    @Override
    public List<String> completeArgument(int position, List<String> typedArguments) {
        if (position != 1 || typedArguments.isEmpty()) {
            return super.completeArgument(position, typedArguments);
        }
        try {
            GroupView view = show.show(new GroupQuery(typedArguments.get(0)));
            Set<String> codes = new LinkedHashSet<>();
            view.openWarnings().stream().filter(Findings::isAcknowledgeable).forEach(f -> codes.add(f.code()));
            view.setup().acknowledgements().forEach(a -> codes.add(a.code()));
            return List.copyOf(codes);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    @Override
    public List<String> completeOption(String optionName) {
        return optionName.equals("field") ? fieldKeys() : super.completeOption(optionName);
    }

    private static List<String> fieldKeys() {
        return Arrays.stream(FieldKey.values()).map(FieldKey::key).toList();
    }
}
