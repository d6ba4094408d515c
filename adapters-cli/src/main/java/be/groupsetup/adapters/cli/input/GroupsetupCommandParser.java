package be.groupsetup.adapters.cli.input;

import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

import java.util.List;
import java.util.function.Supplier;

/**
 * Spring Shell's parser replaced: the line is split with shell quoting ({@link CommandLineTokenizer}), the
 * longest known command name is taken from its first words, and every following word is handed to the command
 * as it is, for the command's own {@link CommandSpec} to read (so that {@code --company-name "L'Aurore SRL"}
 * keeps its boundaries, flags need no value, and field keys are options of {@code group set}).
 */
public final class GroupsetupCommandParser implements CommandParser {

    private final CommandNames names;

    public GroupsetupCommandParser(Supplier<CommandRegistry> registry) {
        this.names = new CommandNames(registry);
    }

    @Override
    public ParsedInput parse(String input) {
        try {
            return parse(CommandLineTokenizer.tokenize(input));
        } catch (UsageException e) {
            throw new IllegalArgumentException(e.messageKey(), e);
        }
    }

    /** Words already split (the command line of a one-shot run keeps the boundaries the OS shell gave). */
    public ParsedInput parse(List<String> words) {
        if (words.isEmpty()) {
            return ParsedInput.builder().commandName("").build();
        }
        // an unknown command: its first word is the name, for the caller to refuse
        int commandWords = names.longest(words).map(CommandNames.Match::nameWords).orElse(1);
        ParsedInput.Builder builder = ParsedInput.builder().commandName(words.get(0));
        for (int i = 1; i < commandWords; i++) {
            builder.addSubCommand(words.get(i));
        }
        for (int i = commandWords; i < words.size(); i++) {
            builder.addArgument(new CommandArgument(i - commandWords, words.get(i)));
        }
        return builder.build();
    }
}
