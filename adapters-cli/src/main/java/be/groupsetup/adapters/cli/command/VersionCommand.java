package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellCommand;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;

/**
 * {@code version}: what a support colleague asks first — groupsetup's version, the Java running it, where the
 * groups are stored and the language.
 *
 * @param facts the release and the settings, as the wiring knows them
 */
public final class VersionCommand extends ShellCommand {

    private final Facts facts;

    /** What the command shows. */
    public record Facts(String version, String storage, String language) {
    }

    public VersionCommand(ShellSupport shell, Facts facts) {
        super("version", CommandSpec.of("version"), shell);
        this.facts = facts;
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        console.result(messages().text("version.line", facts.version(), Runtime.version().toString(),
                System.getProperty("java.vendor", "?"), facts.storage(), facts.language()));
        console.result(messages().text("help.language", facts.language()));
        return ExitCode.OK;
    }
}
