package be.groupsetup.adapters.cli.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a command accepts: positional arguments and options. Reads the words typed after the command name into
 * an {@link Invocation}, or says precisely what is wrong with them.
 *
 * @param name          the command as typed, e.g. {@code group set}
 * @param arguments     the positional arguments' names in order, e.g. {@code NUMBER}; the last may be variadic
 * @param required      how many arguments are required
 * @param variadic      whether the last argument takes every remaining word
 * @param options       the options
 * @param extraOptions  further option names accepted with a value (the field keys of {@code group set})
 */
public record CommandSpec(String name, List<String> arguments, int required, boolean variadic,
                          List<OptionSpec> options, Predicate<String> extraOptions, String extraUsage) {

    public static CommandSpec of(String name, String... arguments) {
        return new CommandSpec(name, List.of(arguments), arguments.length, false, List.of(), option -> false, null);
    }

    public CommandSpec withOptions(OptionSpec... more) {
        List<OptionSpec> all = new ArrayList<>(options);
        all.addAll(List.of(more));
        return new CommandSpec(name, arguments, required, variadic, all, extraOptions, extraUsage);
    }

    /** The last argument takes one or more words. */
    public CommandSpec lastArgumentRepeats() {
        return new CommandSpec(name, arguments, required, true, options, extraOptions, extraUsage);
    }

    public CommandSpec optionalArguments(int requiredCount) {
        return new CommandSpec(name, arguments, requiredCount, variadic, options, extraOptions, extraUsage);
    }

    /**
     * @param accepted which further option names are accepted, each with a value
     * @param usage    how the usage line shows them, e.g. {@code --KEY VALUE [--KEY VALUE ...]}
     */
    public CommandSpec withExtraOptions(Predicate<String> accepted, String usage) {
        return new CommandSpec(name, arguments, required, variadic, options, accepted, usage);
    }

    public Optional<OptionSpec> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /** {@code group set NUMBER [--format text|json]}. */
    public String usage() {
        StringBuilder usage = new StringBuilder(name);
        for (int i = 0; i < arguments.size(); i++) {
            boolean optional = i >= required;
            usage.append(' ').append(optional ? "[" : "").append(arguments.get(i))
                    .append(variadic && i == arguments.size() - 1 ? " ..." : "").append(optional ? "]" : "");
        }
        if (extraUsage != null) {
            usage.append(' ').append(extraUsage);
        }
        options.forEach(option -> usage.append(' ').append(option.usage()));
        return usage.toString();
    }

    public Invocation parse(List<String> words) throws UsageException {
        List<String> positional = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        boolean help = false;
        boolean onlyArguments = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (onlyArguments || !word.startsWith("--") && !word.equals("-h")) {
                positional.add(word);
                continue;
            }
            if (word.equals("--")) {
                onlyArguments = true;
                continue;
            }
            if (word.equals("--help") || word.equals("-h")) {
                help = true;
                continue;
            }
            String optionName = word.substring(2);
            String inlineValue = null;
            int equals = optionName.indexOf('=');
            if (equals >= 0) {
                inlineValue = optionName.substring(equals + 1);
                optionName = optionName.substring(0, equals);
            }
            Optional<OptionSpec> spec = option(optionName);
            boolean extra = spec.isEmpty() && extraOptions.test(optionName);
            if (spec.isEmpty() && !extra) {
                throw new UsageException("usage.unknown-option", "--" + optionName, name);
            }
            if (given.containsKey(optionName)) {
                throw new UsageException("usage.repeated-option", "--" + optionName);
            }
            String value;
            if (spec.isPresent() && spec.get().flag()) {
                if (inlineValue != null && !inlineValue.equals("true") && !inlineValue.equals("false")) {
                    throw new UsageException("usage.flag-value", "--" + optionName);
                }
                if ("false".equals(inlineValue)) {
                    continue;
                }
                value = "true";
            } else if (inlineValue != null) {
                value = inlineValue;
            } else if (i + 1 < words.size() && !isOptionName(words.get(i + 1))) {
                value = words.get(++i);
            } else {
                throw new UsageException("usage.missing-value", "--" + optionName,
                        spec.map(OptionSpec::hint).orElse("VALUE"));
            }
            if (spec.isPresent() && !spec.get().choices().isEmpty() && !spec.get().choices().contains(value)) {
                throw new UsageException("usage.bad-choice", "--" + optionName, value,
                        String.join(", ", spec.get().choices()));
            }
            given.put(optionName, value);
        }
        if (help) {
            return new Invocation(positional, given, true);
        }
        if (positional.size() < required) {
            throw new UsageException("usage.missing-argument", arguments.get(positional.size()));
        }
        if (!variadic && positional.size() > arguments.size()) {
            throw new UsageException("usage.extra-argument", positional.get(arguments.size()));
        }
        return new Invocation(positional, given, false);
    }

    /** A word that names an option of this command (so it cannot be the previous option's value). */
    private boolean isOptionName(String word) {
        if (!word.startsWith("--") || word.length() == 2) {
            return false;
        }
        String optionName = word.substring(2);
        int equals = optionName.indexOf('=');
        if (equals >= 0) {
            optionName = optionName.substring(0, equals);
        }
        return option(optionName).isPresent() || extraOptions.test(optionName)
                || optionName.equals("help");
    }
}
