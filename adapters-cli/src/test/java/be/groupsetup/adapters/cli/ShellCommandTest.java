package be.groupsetup.adapters.cli;

import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.GroupsetupCommandParser;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.application.error.StorageException;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Supplier;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class ShellCommandTest {

    private final Messages messages = Messages.forLanguage("en", null);

    /** A command whose use case fails as the test says. */
    private final class FailingCommand extends ShellCommand {
        private final Supplier<RuntimeException> failure;

        FailingCommand(Supplier<RuntimeException> failure) {
            super("group.show", CommandSpec.of("group show", "NUMBER"),
                    new ShellSupport(messages, new ShellSession(), new ScriptedPrompter()));
            this.failure = failure;
        }

        @Override
        protected int run(Invocation invocation, Console console) {
            throw failure.get();
        }
    }

    private static ShellFixture.Run run(ShellCommand command, String... words) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = command.runWords(List.of(words), new Console(new PrintWriter(out), new PrintWriter(err)));
        return new ShellFixture.Run(exit, out.toString(), err.toString());
    }

    @Test
    void givenADefectOfOurs_whenRun_thenExit3WithOneLineAndNoStackTraceNorDetails() {
        ShellFixture.Run run = run(new FailingCommand(() -> new IllegalStateException("Françoise D'Hondt 0470123456")),
                GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(messages.text("error.prefix") + " "
                + messages.text("error.unexpected", "IllegalStateException"));
        assertThat(run.err()).doesNotContain("0470123456").doesNotContain("\tat ");
    }

    @Test
    void givenTheStorageFails_whenRun_thenExit3WithTheStoragesMessage() {
        ShellFixture.Run run = run(new FailingCommand(
                () -> new StorageException("storage.locked", null, "/home/tech/.groupsetup", 10)), GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(run.errLines()).containsExactly(messages.text("error.prefix") + " "
                + messages.text("error.storage.locked", "/home/tech/.groupsetup", "10"));
    }

    @Test
    void givenExecutedBySpringShell_whenNoDiagnosticsWriterIsSet_thenDiagnosticsGoWithTheOutputAndTheStatusCarriesOurCode() {
        ShellFixture shell = ShellFixture.english();
        StringWriter screen = new StringWriter();

        ExitStatus status = shell.command("group show").execute(context(shell, screen, "group", "show", "94999999"));

        assertThat(status.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(screen.toString()).contains("group new 94999999001");
    }

    @Test
    void givenExecutedBySpringShell_whenADiagnosticsWriterIsSet_thenDiagnosticsGoThereAndResultsToTheOutput() {
        ShellFixture shell = ShellFixture.english();
        StringWriter screen = new StringWriter();
        StringWriter diagnostics = new StringWriter();
        shell.session.useDiagnostics(new PrintWriter(diagnostics));

        ExitStatus status = shell.command("group new").execute(context(shell, screen, "group", "new", "94123456"));

        assertThat(status).isEqualTo(ExitStatus.OK);
        assertThat(screen.toString()).contains(messages.text("change.applied", GROUP, 1));
        assertThat(diagnostics.toString()).contains("[group-number.completed]");
        assertThat(screen.toString()).doesNotContain("[group-number.completed]");
    }

    @Test
    void givenOurExitCodes_whenTurnedIntoSpringShellStatuses_thenTheCodesAreKept() {
        assertThat(ExitStatuses.toShell(ExitCode.OK)).isEqualTo(ExitStatus.OK);
        assertThat(ExitStatuses.toShell(ExitCode.REFUSED).code()).isEqualTo(1);
        assertThat(ExitStatuses.toShell(ExitCode.USAGE).code()).isEqualTo(2);
        assertThat(ExitStatuses.toShell(ExitCode.ENVIRONMENT).code()).isEqualTo(3);
    }

    @Test
    void givenACommand_whenItsGroupIsAsked_thenOurs() {
        assertThat(ShellFixture.english().command("group new").getGroup()).isEqualTo(ShellCommand.GROUP);
    }

    private static CommandContext context(ShellFixture shell, StringWriter screen, String... words) {
        GroupsetupCommandParser parser = new GroupsetupCommandParser(shell::registry);
        return new CommandContext(parser.parse(List.of(words)), shell.registry(), new PrintWriter(screen),
                new InputReader() {
                });
    }
}
