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
import java.util.List;
import java.util.Optional;

/** What the CSAM commands share: step ids (an unknown id is a usage error) and how a result is reported. */
abstract class CsamCommand extends GroupCommand {

    CsamCommand(String id, CommandSpec spec, ShellSupport shell, ListGroupsQuery groups) {
        super(id, spec, shell, groups);
    }

    /**
     * An unknown step id is a usage error, which lists the step ids in the language in force; a mandate is left to
     * the domain, which refuses it with the reason. A step id is accepted in English, French or Dutch.
     */
    void checkStepId(String typed) throws UsageException {
        if (CsamStep.lookup(typed) instanceof CsamStep.Lookup.Unknown) {
            throw new UsageException("usage.unknown-step", typed, String.join(", ", CsamStep.ids(language())));
        }
    }

    /** The language in force (en, fr or nl). */
    String language() {
        return messages().language();
    }

    /** The words in the language in force, then the English ones it does not already hold. */
    static List<String> inLanguageThenEnglish(List<String> inLanguage, List<String> english) {
        List<String> words = new ArrayList<>(inLanguage);
        english.stream().filter(word -> !words.contains(word)).forEach(words::add);
        return words;
    }

    /** Step ids: in the language in force, then in English. */
    @Override
    public List<String> completeArgument(int position, List<String> typedArguments) {
        if (position == 1) {
            return inLanguageThenEnglish(CsamStep.ids(language()), CsamStep.ids("en"));
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
