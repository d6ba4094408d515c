package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.LetterModel;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.WriteLetterCommand;
import be.groupsetup.application.port.in.WriteLetterUseCase;
import be.groupsetup.presentation.letter.LetterRenderer;
import be.groupsetup.presentation.text.Messages;

import java.util.List;

/**
 * {@code group letter NUMBER [--format text|markdown|html] [--language fr|nl|en] [--unmasked] [--output FILE]}: the
 * letter to the group's manager saying what the technician still needs, recorded in the group's history. The letter
 * is in the group's language when {@code --language} names one (the group may not speak the technician's); what the
 * command itself says (a file written, an error) stays in the technician's.
 */
public final class GroupLetterCommand extends GroupCommand {

    private final WriteLetterUseCase letters;

    public GroupLetterCommand(ShellSupport shell, ListGroupsQuery groups, WriteLetterUseCase letters) {
        super("group.letter", CommandSpec.of("group letter", "NUMBER").withOptions(
                OptionSpec.choice("format", List.of("text", "markdown", "html")),
                OptionSpec.choice("language", Messages.LANGUAGES),
                OptionSpec.flag("unmasked"),
                OptionSpec.value("output", "FILE")), shell, groups);
        this.letters = letters;
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        Messages inLetter = invocation.option("language").map(messages()::inLanguage).orElse(messages());
        LetterModel letter = letters.write(new WriteLetterCommand(invocation.argument(0), inLetter.language()));
        String format = invocation.option("format").orElse("text");
        String rendered = new LetterRenderer(inLetter).render(letter, format, invocation.flag("unmasked"));
        return ResultOutput.writeOrPrint(invocation, console, messages(), rendered, false);
    }
}
