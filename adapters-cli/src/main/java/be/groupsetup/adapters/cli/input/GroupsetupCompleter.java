package be.groupsetup.adapters.cli.input;

import be.groupsetup.adapters.cli.ShellCommand;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandCompleter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tab completion: command names word by word, then the command's options, the values of options with a fixed
 * set (formats, roles, services), field keys, CSAM step ids, and the group numbers in storage.
 */
public final class GroupsetupCompleter extends CommandCompleter {

    private final CommandRegistry commands;

    /** Spring Shell's line reader takes a {@link CommandCompleter}: this one replaces its logic entirely. */
    public GroupsetupCompleter(CommandRegistry commands) {
        super(commands);
        this.commands = commands;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        proposals(line.words().subList(0, Math.min(line.wordIndex(), line.words().size())), line.word())
                .forEach(value -> candidates.add(new Candidate(value)));
    }

    /** What to propose for the word being typed, given the complete words before it. */
    public List<String> proposals(List<String> before, String current) {
        for (int k = Math.min(3, before.size()); k >= 1; k--) {
            Command command = commands.getCommandByName(String.join(" ", before.subList(0, k)));
            if (command != null) {
                List<String> proposals = command instanceof ShellCommand shellCommand
                        ? forCommand(shellCommand, before.subList(k, before.size()), current) : List.of();
                return proposals.stream().filter(p -> p.startsWith(current)).toList();
            }
        }
        Set<String> nextWords = new LinkedHashSet<>();
        String typed = String.join(" ", before);
        for (Command command : commands.getCommands()) {
            String name = command.getName();
            if (before.isEmpty() || name.startsWith(typed + " ")) {
                String[] nameWords = name.split(" ");
                if (nameWords.length > before.size()) {
                    nextWords.add(nameWords[before.size()]);
                }
            }
        }
        return nextWords.stream().filter(w -> w.startsWith(current)).sorted().toList();
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
