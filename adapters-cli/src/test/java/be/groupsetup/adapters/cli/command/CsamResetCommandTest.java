package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class CsamResetCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @BeforeEach
    void aGroupWithTheProcedureDone() {
        shell.withCompleteGroup().withProcedureDone();
    }

    private int progress() {
        return shell.run("csam status", GROUP, "--format", "json").json().get("progress").intValue();
    }

    @Test
    void givenForce_whenReset_thenEveryStepIsToDoAndTheHistoryKeepsTheRecords() {
        shell.prompter.noTerminal();

        Run run = shell.run("csam reset", GROUP, "--force");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains(shell.messages().text("csam.progress", 0, 5));
        assertThat(progress()).isZero();
        assertThat(shell.run("group history", GROUP, "--format", "json").json().get("entries"))
                .extracting(e -> e.get("change").stringValue()).contains("csam-recorded").last().isEqualTo("csam-reset");
    }

    @Test
    void givenNoForceAndNoTerminal_whenReset_thenUsageErrorSayingToAddForceAndNothingCleared() {
        shell.prompter.noTerminal();

        Run run = shell.run("csam reset", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(shell.messages().text("usage.needs-terminal", "csam reset", "--force"));
        assertThat(progress()).isEqualTo(5);
    }

    @Test
    void givenATerminal_whenConfirmed_thenReset() {
        shell.prompter.answers("YES ");

        assertThat(shell.run("csam reset", GROUP).exit()).isEqualTo(ExitCode.OK);

        assertThat(shell.prompter.prompts()).containsExactly(shell.messages().text("reset.confirm", GROUP));
        assertThat(progress()).isZero();
    }

    @Test
    void givenATerminal_whenNotConfirmed_thenKept() {
        shell.prompter.answers("no");

        Run run = shell.run("csam reset", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly(shell.messages().text("reset.cancelled"));
        assertThat(progress()).isEqualTo(5);
    }

    @Test
    void givenAGroupThatDoesNotExist_whenReset_thenExit1() {
        Run run = shell.run("csam reset", "94999999001", "--force");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("group new 94999999001");
    }

    @Test
    void givenAStep_whenReset_thenUsageErrorAndNothingCleared() {
        Run run = shell.run("csam reset", GROUP, "authority", "--force");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(progress()).isEqualTo(5);
    }
}
