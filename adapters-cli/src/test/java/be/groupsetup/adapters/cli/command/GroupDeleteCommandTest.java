package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ScriptedPrompter;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class GroupDeleteCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @BeforeEach
    void aGroup() {
        shell.withGroup();
    }

    private boolean exists() {
        return shell.run("group show", GROUP).exit() == ExitCode.OK;
    }

    @Test
    void givenForce_whenDeleted_thenGoneWithoutAskingAndExit0() {
        shell.prompter.noTerminal();

        Run run = shell.run("group delete", GROUP, "--force");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly(shell.messages().text("delete.done", GROUP));
        assertThat(shell.prompter.prompts()).isEmpty();
        assertThat(exists()).isFalse();
    }

    @Test
    void givenNoForceAndNoTerminal_whenDeleted_thenUsageErrorSayingToAddForceAndTheGroupKept() {
        shell.prompter.noTerminal();

        Run run = shell.run("group delete", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(shell.messages().text("usage.needs-terminal", "group delete", "--force"));
        assertThat(exists()).isTrue();
    }

    @Test
    void givenATerminal_whenTheTechnicianConfirms_thenDeleted() {
        shell.prompter.answers("yes");

        Run run = shell.run("group delete", "94123456");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(shell.prompter.prompts()).containsExactly(shell.messages().text("delete.confirm", GROUP));
        assertThat(exists()).isFalse();
    }

    @Test
    void givenATerminal_whenTheTechnicianAnswersAnythingElse_thenKeptAndExit0() {
        shell.prompter.answers("y");

        Run run = shell.run("group delete", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly(shell.messages().text("delete.cancelled", GROUP));
        assertThat(exists()).isTrue();
    }

    @Test
    void givenATerminal_whenTheTechnicianLeavesThePrompt_thenKept() {
        shell.prompter.answers(ScriptedPrompter.LEAVE);

        assertThat(shell.run("group delete", GROUP).exit()).isEqualTo(ExitCode.OK);
        assertThat(exists()).isTrue();
    }

    @Test
    void givenAGroupThatDoesNotExist_whenDeleted_thenRefusedWithExit1WithOrWithoutConfirmation() {
        shell.prompter.answers("yes");

        Run asked = shell.run("group delete", "94999999001");
        Run forced = shell.run("group delete", "94999999001", "--force");

        assertThat(asked.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(shell.prompter.prompts()).isEmpty();
        assertThat(forced.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(forced.out()).isEmpty();
        assertThat(forced.err()).contains("94999999001");
    }

    @Test
    void givenAValueForForce_whenDeleted_thenUsageErrorAndKept() {
        Run run = shell.run("group delete", GROUP, "--force=yes");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(exists()).isTrue();
    }
}
