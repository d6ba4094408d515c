package be.groupsetup.adapters.cli.runner;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.input.GroupsetupCommandParser;
import be.groupsetup.presentation.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The runner and a mistyped or unfinished line: the closest commands, an unclosed quote (issue 14). */
class GroupsetupRunnerMistakesTest {

    private final ShellFixture shell = ShellFixture.english();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... words) {
        GroupsetupRunner runner = new GroupsetupRunner(shell.registry(), new GroupsetupCommandParser(shell::registry),
                shell.session, shell.messages(), () -> null, () -> null);
        return runner.run(words, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void givenAMistypedCommand_whenRun_thenTheClosestCommandIsSuggestedAndUsageError() {
        assertThat(run("grup", "status", "94123456001")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).isEqualTo(
                "Error: Unknown command “grup status” — did you mean group status?" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void givenAWordFarFromEveryCommand_whenRun_thenUnknownWithoutSuggestion() {
        assertThat(run("frobnicate")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("Unknown command “frobnicate”. Type help").doesNotContain("did you mean");
    }

    @Test
    void givenAScriptWithAnUnclosedQuote_whenRun_thenAUsageErrorSayingSoWithTheLine() {
        shell.session.useStandardInput(() -> new ByteArrayInputStream(
                "group set 94123456001 --last-name \"D'Hondt\ngroup list\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(run("@-")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("-, line 1: " + shell.messages().text("usage.unclosed-quote"));
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void givenAQuoteLeftOpenInTheShell_whenTheLineGoesOn_thenThePromptSaysWhyAndHowToFinishOrCancel(String language) {
        String prompt = GroupsetupRunner.continuationPrompt(Messages.forLanguage(language, null));

        assertThat(prompt).startsWith("%M> (").contains("Ctrl-C").endsWith(") ");
    }

    @Test
    void givenTheInteractiveShell_whenItOpens_thenTheLineReadersContinuationPromptSaysWhyAQuoteIsOpen()
            throws Exception {
        java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
        org.jline.terminal.Terminal terminal = org.jline.terminal.TerminalBuilder.builder().system(false).dumb(true)
                .streams(new ByteArrayInputStream("exit\n".getBytes(StandardCharsets.UTF_8)), screen)
                .encoding(StandardCharsets.UTF_8).build();
        org.jline.reader.LineReader reader = org.jline.reader.LineReaderBuilder.builder().terminal(terminal).build();
        GroupsetupRunner runner = new GroupsetupRunner(shell.registry(), new GroupsetupCommandParser(shell::registry),
                shell.session, shell.messages(), () -> reader,
                () -> () -> new org.jline.utils.AttributedString("groupsetup:>"));

        assertThat(runner.run(new String[0])).isEqualTo(ExitCode.OK);
        assertThat(reader.getVariable(org.jline.reader.LineReader.SECONDARY_PROMPT_PATTERN)).isEqualTo(
                "%M> (a quote is open: type the closing quote to finish the line, or Ctrl-C to cancel) ");
    }

    @Test
    void givenLanguageChosenInAScript_whenAnUnknownCommandFollows_thenTheRunnersOwnMessageIsInThatLanguage() {
        shell.session.useStandardInput(() -> new ByteArrayInputStream(
                "language fr\ngrup status 94123456001\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(run("@-")).isEqualTo(ExitCode.USAGE);
        String french = Messages.forLanguage("fr", null).text("usage.unknown-command-suggest", "grup status",
                "group status");
        assertThat(err.toString()).contains(french).doesNotContain("Unknown command");
    }
}
