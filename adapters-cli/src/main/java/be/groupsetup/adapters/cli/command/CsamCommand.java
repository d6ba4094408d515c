package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.json.Json;
import be.groupsetup.presentation.view.Outcomes;
import be.groupsetup.application.port.in.CsamResult;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.finding.Finding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the CSAM commands share: step ids (an unknown id is a usage error) and how a result is reported. */
abstract class CsamCommand extends GroupCommand {

    CsamCommand(String id, CommandSpec spec, ShellSupport shell, ListGroupsQuery groups) {
        super(id, spec, shell, groups);
    }

    /** An unknown step id is a usage error; a mandate is left to the domain, which refuses it with the reason. */
    static void checkStepId(String typed) throws UsageException {
        if (CsamStep.lookup(typed) instanceof CsamStep.Lookup.Unknown) {
            throw new UsageException("usage.unknown-step", typed, stepIds());
        }
    }

    static String stepIds() {
        return String.join(", ", Arrays.stream(CsamStep.values()).map(CsamStep::id).toList());
    }

    @Override
    public List<String> completeArgument(int position, List<String> typedArguments) {
        if (position == 1) {
            return Arrays.stream(CsamStep.values()).map(CsamStep::id).toList();
        }
        return super.completeArgument(position, typedArguments);
    }

    int report(CsamResult result, Invocation invocation, Console console) {
        if (json(invocation)) {
            console.result(Json.write(documents().csam(result)));
            findings().lines(result.findings()).forEach(console::diagnostic);
            return result.isAccepted() ? ExitCode.OK : ExitCode.REFUSED;
        }
        Outcomes.Report report = new Outcomes(messages()).csam(result);
        if (!report.results().isEmpty()) {
            console.result(String.join("\n", report.results()));
        }
        report.findings().forEach(console::diagnostic);
        return result.isAccepted() ? ExitCode.OK : ExitCode.REFUSED;
    }
}
