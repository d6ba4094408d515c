package be.groupsetup.adapters.cli.input;

import be.groupsetup.adapters.cli.ShellFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GroupsetupCompleterTest {

    private ShellFixture shell;
    private GroupsetupCompleter completer;

    @BeforeEach
    void setUp() {
        shell = ShellFixture.english();
        completer = new GroupsetupCompleter(shell.registry());
    }

    private List<String> complete(String current, String... before) {
        return completer.proposals(List.of(before), current);
    }

    @Test
    void givenNothingTyped_whenCompleted_thenTheFirstWordsOfTheCommands() {
        assertThat(complete("")).containsExactly("csam", "group", "help", "language", "serve");
    }

    @Test
    void givenPartOfTheFirstWord_whenCompleted_thenOnlyMatchingWords() {
        assertThat(complete("gr")).containsExactly("group");
    }

    @Test
    void givenGroup_whenCompleted_thenItsSubCommandsInOrder() {
        assertThat(complete("", "group")).containsExactly("acknowledge", "check", "clear", "delete", "export",
                "history", "import", "letter", "list", "new", "rename", "set", "sheet", "show", "status", "wizard");
        assertThat(complete("s", "group")).containsExactly("set", "sheet", "show", "status");
    }

    @Test
    void givenCsam_whenCompleted_thenItsSubCommands() {
        assertThat(complete("", "csam")).containsExactly("record", "reset", "status", "undo");
    }

    @Test
    void givenAGroupNumberExpected_whenCompleted_thenTheNumbersInStorage() {
        shell.run("group new", "94123456");
        shell.run("group new", "94000001001");
        shell.run("group new", "95123456001");

        assertThat(complete("", "group", "show")).containsExactly("94000001001", "94123456001", "95123456001");
        assertThat(complete("941", "csam", "status")).containsExactly("94123456001");
    }

    @Test
    void givenGroupNew_whenCompleted_thenNoStoredNumberIsProposed() {
        shell.run("group new", "94123456");

        assertThat(complete("", "group", "new")).isEmpty();
    }

    @Test
    void givenGroupSetWithItsNumber_whenDashesTyped_thenTheFieldKeysAndOptionsButNotTheGroupNumber() {
        List<String> proposals = complete("--", "group", "set", "94123456001");

        assertThat(proposals).contains("--company-name", "--city", "--iban", "--single-point-of-contact",
                "--mandate-type", "--ehealth-box-quality", "--format");
        assertThat(proposals).doesNotContain("--group-number");
        assertThat(complete("--e", "group", "set", "94123456001"))
                .containsExactly("--enterprise-number", "--ehealth-box", "--ehealth-box-type", "--ehealth-box-quality");
    }

    @Test
    void givenAFieldKeyAlreadyGiven_whenCompleted_thenItIsNotProposedAgain() {
        assertThat(complete("--ci", "group", "set", "94123456001", "--city", "Liège")).isEmpty();
        assertThat(complete("--co", "group", "set", "94123456001", "--city", "Liège")).containsExactly("--company-name");
    }

    @Test
    void givenAFieldKeyExpectingItsValue_whenCompleted_thenNothingIsProposed() {
        assertThat(complete("", "group", "set", "94123456001", "--city")).isEmpty();
    }

    @Test
    void givenGroupClearWithItsNumber_whenCompleted_thenFieldKeysAsArguments() {
        assertThat(complete("ehealth", "group", "clear", "94123456001"))
                .containsExactly("ehealth-box", "ehealth-box-type", "ehealth-box-quality");
        assertThat(complete("", "group", "clear", "94123456001")).doesNotContain("group-number");
    }

    @Test
    void givenCsamRecordWithItsNumber_whenCompleted_thenTheStepIds() {
        assertThat(complete("", "csam", "record", "94123456001")).containsExactly("authority", "csam-login",
                "principal-access-manager", "local-access-managers", "access-rights", "no-mandates");
        assertThat(complete("a", "csam", "undo", "94123456001")).containsExactly("authority", "access-rights");
    }

    @Test
    void givenRoleExpected_whenCompleted_thenTheTwoRoles() {
        assertThat(complete("", "csam", "record", "94123456001", "authority", "--role"))
                .containsExactly("group-responsible", "local-user");
    }

    @Test
    void givenServicesExpected_whenCompleted_thenTheServicesAndTheLastItemOfACommaList() {
        assertThat(complete("", "csam", "record", "94123456001", "access-rights", "--services"))
                .containsExactly("billing", "insurability", "medico-administrative");
        assertThat(complete("billing,in", "csam", "record", "94123456001", "access-rights", "--services"))
                .containsExactly("billing,insurability");
        assertThat(complete("billing,insurability,", "csam", "record", "94123456001", "access-rights", "--services"))
                .containsExactly("billing,insurability,billing", "billing,insurability,insurability",
                        "billing,insurability,medico-administrative");
    }

    @Test
    void givenFormatExpected_whenCompleted_thenTheFormatsOfThatCommand() {
        assertThat(complete("", "group", "sheet", "94123456001", "--format"))
                .containsExactly("text", "markdown", "html", "json");
        assertThat(complete("", "group", "show", "94123456001", "--format")).containsExactly("text", "json");
    }

    @Test
    void givenEveryArgumentTyped_whenCompleted_thenTheOptionsOfTheCommand() {
        assertThat(complete("", "csam", "record", "94123456001", "authority"))
                .containsExactly("--person", "--role", "--existing", "--services", "--skipped", "--confirmed", "--format");
        assertThat(complete("", "group", "delete", "94123456001")).containsExactly("--force");
    }

    @Test
    void givenAFlagTyped_whenCompleted_thenTheNextWordIsNotTakenAsItsValue() {
        assertThat(complete("", "csam", "record", "94123456001", "principal-access-manager", "--existing"))
                .containsExactly("--person", "--role", "--services", "--skipped", "--confirmed", "--format");
    }

    @Test
    void givenHelp_whenCompleted_thenTheCommandNamesWordByWord() {
        assertThat(complete("", "help")).containsExactly("csam", "group", "help", "language", "serve");
        assertThat(complete("s", "help", "group")).containsExactly("set", "sheet", "show", "status");
        assertThat(complete("", "help", "csam")).containsExactly("record", "reset", "status", "undo");
    }

    @Test
    void givenALineAsJLineSplitsIt_whenCompleted_thenCandidatesForTheWordAtTheCursor() {
        String typed = "csam record 94123456001 authority --person \"Françoise D'Hondt\" --ro";
        List<Candidate> candidates = new ArrayList<>();

        completer.complete(null, new DefaultParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE),
                candidates);

        assertThat(candidates).extracting(Candidate::value).containsExactly("--role");
    }
}
