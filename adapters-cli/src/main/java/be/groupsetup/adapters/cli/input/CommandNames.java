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

    /**
     * The command names closest to mistyped words ({@code grup status 94123456} → {@code group status}).
     *
     * @param typed the words taken for the mistyped name (as many as the closest names have)
     * @param names the closest names, at most {@link Suggestions#MOST}, closest first; empty when none is close
     */
    public record Suggestion(String typed, List<String> names) {
    }

    /**
     * The names closest to the first words typed, each compared word by word ({@link Suggestions}) with as many words
     * as it has; the first words of longer names count as names ({@code grup} → {@code group}, which
     * {@code help group} explains). At the same distance a longer name comes first, and only names compared with the
     * same words as the closest are kept.
     */
    public Suggestion suggest(List<String> words) {
        TreeSet<String> candidates = new TreeSet<>();
        for (Command command : registry.get().getCommandsByPrefix("")) {
            if (!command.isHidden()) {
                String[] nameWords = command.getName().split(" ");
                for (int count = 1; count <= nameWords.length; count++) {
                    candidates.add(String.join(" ", java.util.Arrays.asList(nameWords).subList(0, count)));
                }
            }
        }
        record Scored(String name, String typed, int distance, int count) {
        }
        List<Scored> scored = new java.util.ArrayList<>();
        for (String name : candidates) {
            int count = name.split(" ").length;
            if (count <= words.size()) {
                String typed = String.join(" ", words.subList(0, count));
                if (!name.equals(typed)) {
                    Suggestions.score(typed, name).ifPresent(distance -> scored.add(new Scored(name, typed, distance,
                            count)));
                }
            }
        }
        scored.sort(java.util.Comparator.comparingInt(Scored::distance)
                .thenComparing(java.util.Comparator.comparingInt(Scored::count).reversed())
                .thenComparing(Scored::name));
        if (scored.isEmpty()) {
            return new Suggestion(words.get(0), List.of());
        }
        String typed = scored.get(0).typed();
        return new Suggestion(typed, scored.stream().filter(s -> s.typed().equals(typed)).limit(Suggestions.MOST)
                .map(Scored::name).toList());
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
