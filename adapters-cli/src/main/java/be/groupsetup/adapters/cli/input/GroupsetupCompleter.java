package be.groupsetup.adapters.cli.input;

import be.groupsetup.adapters.cli.ShellCommand;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandCompleter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tab completion: command names word by word, then the command's options, the values of options with a fixed
 * set (formats, roles, services), field keys, CSAM step ids, and the group numbers in storage.
 */
public final class GroupsetupCompleter extends CommandCompleter {

    private final CommandNames names;

    /** Spring Shell's line reader takes a {@link CommandCompleter}: this one replaces its logic entirely. */
    public GroupsetupCompleter(CommandRegistry commands) {
        super(commands);
        this.names = new CommandNames(() -> commands);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        proposals(line.words().subList(0, Math.min(line.wordIndex(), line.words().size())), line.word())
                .forEach(value -> candidates.add(new Candidate(value)));
    }

    /** What to propose for the word being typed, given the complete words before it. */
    public List<String> proposals(List<String> before, String current) {
        Optional<CommandNames.Match> match = names.longest(before);
        List<String> proposals = match.isEmpty() ? names.nextWords(before)
                : match.get().command() instanceof ShellCommand command
                ? forCommand(command, before.subList(match.get().nameWords(), before.size()), current) : List.of();
        return proposals.stream().filter(p -> p.startsWith(current)).toList();
    }

    private static List<String> forCommand(ShellCommand command, List<String> words, String current) {
        CommandSpec spec = command.spec();
        if (!words.isEmpty()) {
            String previous = words.get(words.size() - 1);
            if (previous.startsWith("--") && !previous.contains("=")) {
                String name = previous.substring(2);
                Optional<OptionSpec> option = spec.option(name);
                if (option.isPresent() && !option.get().flag()) {
                    return listValues(command.completeOption(name), current);
                }
                if (option.isEmpty() && command.extraOptionNames().contains(name)) {
                    return List.of();
                }
            }
        }
        List<String> options = new ArrayList<>();
        spec.options().forEach(o -> options.add("--" + o.name()));
        command.extraOptionNames().forEach(name -> options.add("--" + name));
        options.removeIf(words::contains);
        if (current.startsWith("-")) {
            return options;
        }
        List<String> positional = positional(spec, words);
        List<String> arguments = positional.size() < spec.arguments().size() || spec.variadic()
                ? command.completeArgument(Math.min(positional.size(), spec.arguments().size() - 1), positional)
                : List.of();
        return arguments.isEmpty() && positional.size() >= spec.required() ? options : arguments;
    }

    /** A comma-separated list ({@code --services billing,ins}): completes its last item. */
    private static List<String> listValues(List<String> values, String current) {
        int comma = current.lastIndexOf(',');
        if (comma < 0) {
            return values;
        }
        String head = current.substring(0, comma + 1);
        return values.stream().map(v -> head + v).toList();
    }

    private static List<String> positional(CommandSpec spec, List<String> words) {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--")) {
                Optional<OptionSpec> option = spec.option(word.substring(2));
                if (!word.contains("=") && (option.isEmpty() || !option.get().flag())) {
                    i++;
                }
            } else {
                positional.add(word);
            }
        }
        return positional;
    }
}
