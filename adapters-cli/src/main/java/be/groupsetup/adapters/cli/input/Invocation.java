package be.groupsetup.adapters.cli.input;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command line read against its command's spec: the positional arguments and the options in the order they
 * were given (an option given twice is refused before this is made).
 */
public record Invocation(List<String> arguments, Map<String, String> options, boolean helpAsked) {

    public Invocation {
        arguments = List.copyOf(arguments);
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    public String argument(int index) {
        return arguments.get(index);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }
}
