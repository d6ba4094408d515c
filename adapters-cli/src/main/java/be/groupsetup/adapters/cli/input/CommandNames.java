package be.groupsetup.adapters.cli.input;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The one place where typed words are matched against the command names: the parser, the runner, the completer
 * and {@code help} all ask here which command the first words name, and which words may follow an incomplete name
 * ({@code group} → {@code acknowledge}, {@code check} …). Command names have several words and some are the first
 * words of others, so the longest name wins.
 */
public final class CommandNames {

    private final Supplier<CommandRegistry> registry;

    /** @param registry the commands, asked for at each use (the registry is filled after the commands are made) */
    public CommandNames(Supplier<CommandRegistry> registry) {
        this.registry = registry;
    }

    /**
     * A command named by the first words of a line.
     *
     * @param command   the command
     * @param nameWords how many of the words its name took
     */
    public record Match(Command command, int nameWords) {
    }

    /** The command whose name is the longest run of leading words, if the words start with a command's name. */
    public Optional<Match> longest(List<String> words) {
        CommandRegistry commands = registry.get();
        Match found = null;
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                name.append(' ');
            }
            name.append(words.get(i));
            Command command = commands.getCommandByName(name.toString());
            if (command != null) {
                found = new Match(command, i + 1);
            }
            if (commands.getCommandsByPrefix(name + " ").isEmpty()) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The command whose name is exactly the words given ({@code help group set}). */
    public Optional<Command> exactly(List<String> words) {
        return longest(words).filter(match -> match.nameWords() == words.size()).map(Match::command);
    }

    /** The full names of the commands that begin with the words given, sorted ({@code group} → {@code group check} …). */
    public List<String> continuing(List<String> words) {
        String typed = String.join(" ", words) + " ";
        return registry.get().getCommandsByPrefix(typed).stream().map(Command::getName)
                .filter(name -> name.startsWith(typed)).sorted().toList();
    }

    /** The words that may come next in a command name after the words given (none given: the first words), sorted. */
    public List<String> nextWords(List<String> words) {
        TreeSet<String> next = new TreeSet<>();
        List<String> names = words.isEmpty()
                ? registry.get().getCommandsByPrefix("").stream().map(Command::getName).toList()
                : continuing(words);
        for (String name : names) {
            String[] nameWords = name.split(" ");
            if (nameWords.length > words.size()) {
                next.add(nameWords[words.size()]);
            }
        }
        return List.copyOf(next);
    }
}
