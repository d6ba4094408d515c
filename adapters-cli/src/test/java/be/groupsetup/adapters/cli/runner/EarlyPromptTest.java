package be.groupsetup.adapters.cli.runner;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.input.GroupsetupCommandParser;
import be.groupsetup.presentation.text.Messages;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The welcome and first prompt written before the application is assembled, and the line reader taking their
 * place: what reaches the terminal in each case. (The whole of it on a real pseudo-terminal, keys typed before the
 * shell is ready: WizardInTerminalTest in bootstrap.)
 */
class EarlyPromptTest {

    private static final String SAVE_CURSOR = "\u001B7";

    private final ShellFixture shell = ShellFixture.english();

    @Test
    void givenTheSettingsLanguage_whenShown_thenItsWelcomeThenTheCursorSavedThenTheShellsOwnPrompt() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();

        EarlyPrompt.show(Messages.forLanguage("fr", null), terminal);

        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo(
                "groupsetup — tapez help pour les commandes, exit pour quitter." + System.lineSeparator()
                        + SAVE_CURSOR + EarlyPrompt.prompt().toAnsi());
        assertThat(EarlyPrompt.prompt().toAnsi()).contains("groupsetup:>").startsWith("\u001B[");
    }

    @Test
    void givenAFailedStart_whenWithdrawn_thenTheCursorGoesBackWhereThePromptBeganAndTheRestIsErased() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();

        EarlyPrompt.withdraw(terminal);

        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo("\u001B8\r\u001B[J")
                .isEqualTo(EarlyPrompt.TAKE_OVER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "dumb", "", " "})
    void givenNoTerminal_whenAsked_thenNoEarlyPromptWhateverTheTerminalType(String term) {
        assertThat(EarlyPrompt.possible(null, term)).isFalse();
    }

    @Test
    void givenTheEarlyPromptShown_whenTheShellOpens_thenTheReaderTakesItsPlaceWithoutASecondWelcome()
            throws IOException {
        String screen = openAndLeave(true);

        // (the dumb terminal echoes the keys it is given as it reads them, wherever they fall)
        assertThat(screen).contains(EarlyPrompt.TAKE_OVER).doesNotContain("type help for the commands")
                .contains("Bye.");
        assertThat(screen.indexOf(EarlyPrompt.TAKE_OVER)).isLessThan(screen.indexOf("Bye."));
    }

    @Test
    void givenNoEarlyPrompt_whenTheShellOpens_thenItWelcomesAsEver() throws IOException {
        String screen = openAndLeave(false);

        assertThat(screen).contains("groupsetup — type help for the commands, exit to leave.")
                .doesNotContain(EarlyPrompt.TAKE_OVER).contains("Bye.");
    }

    /** The interactive shell on a dumb terminal, {@code exit} typed: what it wrote. */
    private String openAndLeave(boolean promptShown) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal terminal = TerminalBuilder.builder().system(false).dumb(true)
                .streams(new ByteArrayInputStream("exit\n".getBytes(StandardCharsets.UTF_8)), screen)
                .encoding(StandardCharsets.UTF_8).build();
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        GroupsetupRunner runner = new GroupsetupRunner(shell.registry(), new GroupsetupCommandParser(shell::registry),
                shell.session, shell.messages(), () -> reader, () -> EarlyPrompt::prompt, promptShown);

        assertThat(runner.run(new String[0])).isEqualTo(ExitCode.OK);
        terminal.flush();
        return screen.toString(StandardCharsets.UTF_8);
    }
}
