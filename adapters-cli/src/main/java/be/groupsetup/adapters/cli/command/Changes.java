package be.groupsetup.adapters.cli.command;

import be.groupsetup.presentation.view.Documents;
import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.view.Findings;
import be.groupsetup.presentation.json.Json;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.view.Outcomes;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Acknowledgement;

import java.util.Optional;
import java.util.function.Function;

/** How the commands that change a configuration report: what changed, the findings, the exit status. */
final class Changes {

    private Changes() {
    }

    static int report(ChangeResult result, Invocation invocation, Console console, Messages messages,
                      String group) {
        return report(result, invocation, console, messages, group, Findings.NONE_KNOWN);
    }

    /**
     * @param acknowledgements the acknowledgements of the group after the change (a warning it raised may already
     *                         be acknowledged, when the values its rule reads did not change)
     */
    static int report(ChangeResult result, Invocation invocation, Console console, Messages messages, String group,
                      Function<Finding, Optional<Acknowledgement>> acknowledgements) {
        if (GroupCommand.json(invocation)) {
            console.result(Json.write(new Documents(messages).change(result, group, acknowledgements)));
        }
        Outcomes.Report report = new Outcomes(messages).change(result, group, acknowledgements);
        if (!GroupCommand.json(invocation)) {
            report.results().forEach(console::result);
        }
        // also with --format json: the person watching a script sees the warnings on standard error
        report.findings().forEach(console::diagnostic);
        if (result.findings().stream().anyMatch(f -> f.code().equals("group-number.not-settable"))) {
            console.diagnostic(messages.text("hint.rename", group));
        }
        if (!result.isAccepted() && !GroupCommand.json(invocation)) {
            console.diagnostic(messages.text("change.refused"));
        }
        return result.isAccepted() ? ExitCode.OK : ExitCode.REFUSED;
    }
}
