package be.groupsetup.adapters.cli.runner;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.input.GroupsetupCommandParser;
import be.groupsetup.presentation.text.Messages;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The welcome and first prompt written before the application is assembled, and the line reader taking their
 * place: what reaches the terminal in each case. (The whole of it on a real pseudo-terminal, keys typed before the
 * shell is ready: WizardInTerminalTest in bootstrap.)
 */
class EarlyPromptTest {

    private static final String SAVE_CURSOR = "\u001B7";

    private final ShellFixture shell = ShellFixture.english();

    @BeforeEach
    @AfterEach
    void noEarlyPromptOnScreen() {
        EarlyPrompt.forget();
    }

    @Test
    void givenTheSettingsLanguage_whenShown_thenItsWelcomeThenALineKeptFreeThenTheCursorSavedThenTheShellsOwnPrompt() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();

        EarlyPrompt.show(Messages.forLanguage("fr", null), terminal);

        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo(
                "groupsetup — tapez help pour les commandes, exit pour quitter." + System.lineSeparator()
                        // down a line (the screen scrolls now if it must, not once the place is saved) and back up
                        + "\n\u001B[A" + SAVE_CURSOR + EarlyPrompt.prompt().toAnsi());
        assertThat(EarlyPrompt.prompt().toAnsi()).contains("groupsetup:>").startsWith("\u001B[");
    }

    @Test
    void givenAFailedStart_whenWithdrawn_thenThePromptIsErased_andTheLinesTypedMeanwhileAreDropped() {
        EarlyPrompt.show(Messages.forLanguage("en", null), new ByteArrayOutputStream());
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        ByteArrayInputStream keyboard = new ByteArrayInputStream("group list\nexit\n".getBytes(StandardCharsets.UTF_8));

        EarlyPrompt.withdraw(terminal, keyboard);

        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo("\u001B8\r\u001B[J")
                .isEqualTo(EarlyPrompt.TAKE_OVER);
        // else the operating system's shell would run them once groupsetup has ended
        assertThat(keyboard.available()).isZero();
    }

    @Test
    void givenTheShellTookOver_whenTheRunFailsAfterwards_thenNothingOfTheSessionIsErased() {
        EarlyPrompt.show(Messages.forLanguage("en", null), new ByteArrayOutputStream());
        assertThat(EarlyPrompt.takeOver()).isEqualTo(EarlyPrompt.TAKE_OVER);
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();

        EarlyPrompt.withdraw(terminal, new ByteArrayInputStream(new byte[0]));

        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void givenAWarningWhileTheShellStarts_whenWritten_thenItGoesBelowThePromptAndTheReaderErasesNothing() {
        EarlyPrompt.show(Messages.forLanguage("en", null), new ByteArrayOutputStream());
        ByteArrayOutputStream standardError = new ByteArrayOutputStream();
        PrintStream err = EarlyPrompt.guarding(new PrintStream(standardError, true, StandardCharsets.UTF_8));

        err.print("WARN the shell's history is a link");
        err.println(": neither read nor written");
        err.write("WARN données\n".getBytes(StandardCharsets.UTF_8), 0, "WARN données\n".getBytes(StandardCharsets.UTF_8).length);

        assertThat(standardError.toString(StandardCharsets.UTF_8)).isEqualTo(System.lineSeparator()
                + "WARN the shell's history is a link: neither read nor written" + System.lineSeparator()
                + "WARN données\n");
        assertThat(EarlyPrompt.takeOver()).isEmpty();
    }

    @Test
    void givenNoWarning_whenTheReaderTakesOver_thenThePromptIsErased_andALaterWarningIsWrittenAsItIs() {
        EarlyPrompt.show(Messages.forLanguage("en", null), new ByteArrayOutputStream());
        ByteArrayOutputStream standardError = new ByteArrayOutputStream();
        PrintStream err = EarlyPrompt.guarding(new PrintStream(standardError, true, StandardCharsets.UTF_8));

        assertThat(EarlyPrompt.takeOver()).isEqualTo(EarlyPrompt.TAKE_OVER);
        err.println("WARN later");

        assertThat(standardError.toString(StandardCharsets.UTF_8)).isEqualTo("WARN later" + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "dumb", "", " "})
    void givenNoConsole_whenAsked_thenNoEarlyPromptWhateverTheTerminalType(String term) {
        assertThat(EarlyPrompt.possible(null, term)).isFalse();
    }

    @Test
    void givenTheEarlyPromptShown_whenTheShellOpens_thenTheReaderTakesItsPlaceWithoutASecondWelcome() {
        String screen = openAndLeave(true);

        assertThat(screen).isEqualTo(EarlyPrompt.TAKE_OVER + "Bye." + System.lineSeparator());
    }

    @Test
    void givenNoEarlyPrompt_whenTheShellOpens_thenItWelcomesAsEver() {
        String screen = openAndLeave(false);

        assertThat(screen).isEqualTo("groupsetup — type help for the commands, exit to leave." + System.lineSeparator()
                + "Bye." + System.lineSeparator());
    }

    /**
     * The interactive shell, {@code exit} typed at its first prompt: what it wrote to the terminal. The line reader
     * and its terminal are stand-ins, so that the screen holds the runner's writing only, whole and in order.
     */
    private String openAndLeave(boolean promptShown) {
        if (promptShown) {
            EarlyPrompt.show(Messages.forLanguage("en", null), new ByteArrayOutputStream());
        }
        StringWriter screen = new StringWriter();
        Terminal terminal = mock(Terminal.class);
        when(terminal.writer()).thenReturn(new PrintWriter(screen, true));
        when(terminal.getType()).thenReturn(Terminal.TYPE_DUMB);
        LineReader reader = mock(LineReader.class);
        when(reader.getTerminal()).thenReturn(terminal);
        when(reader.readLine(anyString())).thenReturn("exit");
        GroupsetupRunner runner = new GroupsetupRunner(shell.registry(), new GroupsetupCommandParser(shell::registry),
                shell.session, shell.messages(), () -> reader, () -> EarlyPrompt::prompt);

        assertThat(runner.run(new String[0])).isEqualTo(ExitCode.OK);
        verify(reader).readLine("groupsetup:>");
        return screen.toString();
    }
}
