package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.RecordCsamStepCommand;
import be.groupsetup.application.port.in.RecordCsamStepUseCase;
import be.groupsetup.domain.csam.AuthorityRole;
import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.StepRequest;

import java.util.Arrays;
import java.util.List;

/** {@code csam record NUMBER STEP [--person NAME] [--role ROLE] …}: records one step of the procedure. */
public final class CsamRecordCommand extends CsamCommand {

    private final RecordCsamStepUseCase record;

    public CsamRecordCommand(ShellSupport shell, ListGroupsQuery groups, RecordCsamStepUseCase record) {
        super("csam.record", CommandSpec.of("csam record", "NUMBER", "STEP").withOptions(
                OptionSpec.value("person", "NAME"), OptionSpec.value("role", "ROLE"), OptionSpec.flag("existing"),
                OptionSpec.value("services", "LIST"), OptionSpec.flag("skipped"), OptionSpec.flag("confirmed"),
                TEXT_OR_JSON), shell, groups);
        this.record = record;
    }

    @Override
    protected int run(Invocation invocation, Console console) throws UsageException {
        String step = invocation.argument(1);
        checkStepId(step);
        List<String> services = invocation.option("services")
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        StepRequest request = new StepRequest(step, invocation.option("person").orElse(null),
                invocation.option("role").orElse(null), invocation.flag("existing"), services,
                invocation.flag("skipped"), invocation.flag("confirmed"));
        return report(record.record(new RecordCsamStepCommand(invocation.argument(0), request)), invocation, console);
    }

    /** Roles and services: in the language in force, then in English. */
    @Override
    public List<String> completeOption(String optionName) {
        return switch (optionName) {
            case "role" -> inLanguageThenEnglish(AuthorityRole.ids(language()), AuthorityRole.ids("en"));
            case "services" -> inLanguageThenEnglish(CsamService.ids(language()), CsamService.ids("en"));
            default -> super.completeOption(optionName);
        };
    }
}
