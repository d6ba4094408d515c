package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellCommand;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.text.Messages;

import java.util.List;
import java.util.Locale;

/**
 * {@code language [en|fr|nl]}: the language of this shell session, for the commands typed after it (the settings
 * choose the language a session starts in). Without an argument, which language is in force and how to change it.
 */
public final class LanguageCommand extends ShellCommand {

    public LanguageCommand(ShellSupport shell) {
        super("language", CommandSpec.of("language", "LANGUAGE").optionalArguments(0), shell);
    }

    @Override
    protected int run(Invocation invocation, Console console) throws UsageException {
        if (invocation.arguments().isEmpty()) {
            console.result(messages().text("help.language", messages().language()));
            return ExitCode.OK;
        }
        String typed = invocation.argument(0).strip().toLowerCase(Locale.ROOT);
        if (!Messages.LANGUAGES.contains(typed)) {
            throw new UsageException("usage.unknown-language", invocation.argument(0),
                    String.join(", ", Messages.LANGUAGES));
        }
        Messages chosen = messages().inLanguage(typed);
        session().chooseMessages(chosen);
        console.result(chosen.text("language.chosen", typed));
        return ExitCode.OK;
    }

    @Override
    public List<String> completeArgument(int position, List<String> typedArguments) {
        return position == 0 ? Messages.LANGUAGES : List.of();
    }
}
