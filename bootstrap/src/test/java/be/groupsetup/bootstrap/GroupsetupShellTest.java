package be.groupsetup.bootstrap;

import be.groupsetup.adapters.cli.input.GroupsetupCompleter;
import be.groupsetup.adapters.cli.prompt.Prompter;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.shell.test.ShellScreen;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.shell.test.ShellAssertions.assertThat;

/**
 * The application as Spring Shell's test support sees it: the real wiring over the file store in a temporary
 * data directory, our parser (shell quoting) and our commands, driven by {@link ShellTestClient}. It ignores
 * exit statuses: those are proved through the runner ({@code GroupsetupRunnerTest}) and the process
 * ({@code GroupsetupProcessTest}).
 */
@SpringBootTest(properties = {"groupsetup.shell.autorun=false", "groupsetup.technician=tech-shell-test"})
@ShellTest
@DirtiesContext
class GroupsetupShellTest {

    /** Kept until the context is closed (after the class): JLine writes the shell's history there on closing. */
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("groupsetup.data-dir", () -> dataDir.toString());
    }

    /** The technician at the terminal, answering confirmations (Spring Shell's client cannot). */
    static final class AnsweringPrompter implements Prompter {
        final Deque<String> answers = new ArrayDeque<>();

        @Override
        public boolean isInteractive() {
            return true;
        }

        @Override
        public Optional<String> ask(String prompt) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public void tell(String line) {
        }
    }

    @TestConfiguration
    static class ScriptedTerminal {
        @Bean
        AnsweringPrompter answeringPrompter() {
            return new AnsweringPrompter();
        }
    }

    @Autowired
    private ShellTestClient client;

    @Autowired
    private AnsweringPrompter prompter;

    @Autowired
    private LineReader lineReader;

    private String text(ShellScreen screen) {
        return String.join("\n", screen.lines());
    }

    @Test
    void givenAQuotedValueWithBlanksAndAnApostrophe_whenSent_thenItArrivesWholeAndIsStored() throws Exception {
        client.sendCommand("group new 94123456");

        ShellScreen set = client.sendCommand("group set 94123456001 --company-name \"Soins à Domicile L'Aurore SRL\""
                + " --last-name D\\'Hondt --city 'Liège'");
        ShellScreen shown = client.sendCommand("group show 94123456001 --format json");

        assertThat(set).containsText("stored (revision 2)");
        assertThat(text(shown)).contains("\"company-name\" : \"Soins à Domicile L'Aurore SRL\"")
                .contains("\"last-name\" : \"D'Hondt\"").contains("\"city\" : \"Liège\"");
    }

    @Test
    void givenHelp_whenSent_thenEveryCommandIsListed() throws Exception {
        ShellScreen help = client.sendCommand("help");

        for (String command : new String[]{"group new", "group set", "group clear", "group show", "group list",
                "group check", "group status", "group history", "group sheet", "group rename", "group delete",
                "group export", "group import", "group wizard", "csam status", "csam record", "csam undo", "csam reset"}) {
            assertThat(help).containsText("  " + command + " ");
        }
    }

    @Test
    void givenHelpForACommand_whenSent_thenItsUsageAndExample() throws Exception {
        ShellScreen help = client.sendCommand("help group sheet");

        assertThat(help).containsText("Usage: group sheet NUMBER [--format text|markdown|html|json] [--output FILE]")
                .containsText("Example:");
    }

    @Test
    void givenARefusedValue_whenSent_thenTheRulesMessageIsShownAndNothingStored() throws Exception {
        client.sendCommand("group new 94123457");

        ShellScreen refused = client.sendCommand("group set 94123457001 --iban BE68539007547035");

        assertThat(refused).containsText("[iban.checksum]").containsText("Nothing was stored.");
        assertThat(text(client.sendCommand("group show 94123457001 --format json"))).contains("\"iban\" : null");
    }

    @Test
    void givenAnUnknownOption_whenSent_thenTheUsageLineIsShown() throws Exception {
        ShellScreen screen = client.sendCommand("group list --colour");

        assertThat(screen).containsText("Unknown option --colour").containsText("Usage: group list");
    }

    @Test
    void givenAnUnclosedApostrophe_whenSent_thenTheParserSaysToQuote() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> client.sendCommand("group set 94123456001 --last-name D'Hondt"))
                .hasMessageContaining("usage.unclosed-apostrophe");
    }

    @Test
    void givenTheCsamProcedure_whenRecordedStepByStep_thenTheChecklistFollows() throws Exception {
        client.sendCommand("group new 94123458");
        client.sendCommand("group set 94123458001 --first-name Françoise --last-name \"D'Hondt\"");

        assertThat(client.sendCommand("csam record 94123458001 authority --person \"Françoise D'Hondt\" --role group-responsible"))
                .containsText("Progress: 1 of 5");
        assertThat(client.sendCommand("csam record 94123458001 authority --person X --role boss"))
                .containsText("[csam.authority.role]");
        assertThat(client.sendCommand("csam record 94123458001 mandate")).containsText("[csam.mandate]");
        assertThat(client.sendCommand("csam status 94123458001")).containsText("[x] 1.").containsText("[ ] 2.");
    }

    @Test
    void givenAScriptedTerminal_whenADeleteIsConfirmed_thenTheGroupIsGone() throws Exception {
        client.sendCommand("group new 94123459");
        prompter.answers.add("yes");

        assertThat(client.sendCommand("group delete 94123459001")).containsText("Group 94123459001 deleted.");
        assertThat(client.sendCommand("group show 94123459001")).containsText("There is no group 94123459001");
    }

    @Test
    void givenTheFileStore_whenAGroupIsCreated_thenItsDocumentIsInTheDataDirectory() throws Exception {
        client.sendCommand("group new 94123460");

        try (var files = Files.walk(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.contains("94123460001"));
        }
    }

    @Test
    void givenTheInteractiveShell_whenItsLineReaderIsMade_thenItCompletesWithOursAndKeepsItsHistoryInTheDataDirectory() {
        assertThat(((LineReaderImpl) lineReader).getCompleter()).isInstanceOf(GroupsetupCompleter.class);
        Object history = lineReader.getVariable(LineReader.HISTORY_FILE);
        assertThat(history).isNotNull();
        assertThat(Path.of(history.toString()).toAbsolutePath().normalize().getParent())
                .isEqualTo(dataDir.toAbsolutePath().normalize());
    }
}
