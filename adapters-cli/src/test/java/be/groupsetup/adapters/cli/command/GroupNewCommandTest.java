package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class GroupNewCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @Test
    void givenEightDigits_whenCreated_thenStoredWith001AndTheNoteOnStandardError() {
        Run run = shell.run("group new", "94123456");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).first().isEqualTo(shell.messages().text("change.applied", GROUP, 1));
        assertThat(run.err()).contains("[group-number.completed]").doesNotContain("Error");
        assertThat(shell.run("group show", GROUP).exit()).isEqualTo(ExitCode.OK);
    }

    @Test
    void givenNumberWithSeparators_whenCreated_thenStoredAsElevenDigits() {
        Run run = shell.run("group new", "94.123.456-001");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(shell.run("group list", "--format", "json").json().at("/groups/0/group").stringValue())
                .isEqualTo(GROUP);
    }

    @Test
    void givenAnExistingGroup_whenCreatedAgain_thenRefusedWithExit1AndNothingOnStandardOutput() {
        shell.withGroup();

        Run run = shell.run("group new", "94123456001");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(shell.messages().text("error.prefix") + " "
                + shell.messages().text("error.group-exists", GROUP));
    }

    @Test
    void givenNumberOfTheWrongLength_whenCreated_thenTheDomainRefusesWithExit1NotAUsageError() {
        Run run = shell.run("group new", "12");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("[group-number.length]").contains(shell.messages().text("change.refused"));
        assertThat(shell.run("group list", "--format", "json").json().get("groups")).isEmpty();
    }

    @Test
    void givenBlankNumber_whenCreated_thenRefusedWithExit1() {
        Run run = shell.run("group new", "  ");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void givenNoNumber_whenCreated_thenUsageErrorWithTheUsageLineOnStandardError() {
        Run run = shell.run("group new");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                shell.messages().text("error.prefix") + " " + shell.messages().text("usage.missing-argument", "NUMBER"),
                "Usage: group new NUMBER [--format text|json]   (see: help group new)");
    }

    @Test
    void givenTwoNumbers_whenCreated_thenUsageErrorAndNothingCreated() {
        Run run = shell.run("group new", "94123456", "94123457");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("“94123457”");
        assertThat(shell.run("group list", "--format", "json").json().get("groups")).isEmpty();
    }

    @Test
    void givenJsonFormat_whenCreated_thenTheChangeDocumentWithGroupValuesAndFindings() {
        JsonNode json = shell.run("group new", "94123456", "--format", "json").json();

        assertThat(json.get("group").stringValue()).isEqualTo(GROUP);
        assertThat(json.get("values").get("group-number").stringValue()).isEqualTo(GROUP);
        assertThat(json.get("values").get("company-name").isNull()).isTrue();
        assertThat(json.get("findings").get(0).get("code").stringValue()).isEqualTo("group-number.completed");
        assertThat(json.get("findings").get(0).get("severity").stringValue()).isEqualTo("note");
    }
}
