package be.groupsetup.adapters.cli.input;

import java.util.List;

/**
 * An option a command accepts.
 *
 * @param name    the long name, without dashes
 * @param flag    true when it takes no value ({@code --force})
 * @param hint    what the value is, for the usage line ({@code NAME}, {@code text|json}); null for a flag
 * @param choices the values it accepts (for completion and checking), or empty for any value
 */
public record OptionSpec(String name, boolean flag, String hint, List<String> choices) {

    public static OptionSpec value(String name, String hint) {
        return new OptionSpec(name, false, hint, List.of());
    }

    public static OptionSpec choice(String name, List<String> choices) {
        return new OptionSpec(name, false, String.join("|", choices), List.copyOf(choices));
    }

    public static OptionSpec flag(String name) {
        return new OptionSpec(name, true, null, List.of());
    }

    public String usage() {
        return flag ? "[--" + name + "]" : "[--" + name + " " + hint + "]";
    }
}
