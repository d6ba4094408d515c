package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class GroupRenameCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @BeforeEach
    void aGroup() {
        shell.withGroup();
        shell.run("group set", GROUP, "--city", "Liège");
    }

    @Test
    void givenAFreeNumber_whenRenamed_thenTheGroupMovesWithItsValuesAndHistory() {
        Run run = shell.run("group rename", GROUP, "94123457");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("94123457001");
        assertThat(shell.run("group show", GROUP).exit()).isEqualTo(ExitCode.REFUSED);
        JsonNode shown = shell.run("group show", "94123457001", "--format", "json").json();
        assertThat(shown.get("values").get("city").stringValue()).isEqualTo("Liège");
        assertThat(shown.get("values").get("group-number").stringValue()).isEqualTo("94123457001");
        assertThat(shell.run("group history", "94123457001", "--format", "json").json().get("entries"))
                .extracting(e -> e.get("change").stringValue()).containsExactly("created", "fields-set", "renamed");
    }

    @Test
    void givenJsonFormat_whenRenamed_thenTheNewNumberAndItsValues() {
        JsonNode json = shell.run("group rename", GROUP, "94123457001", "--format", "json").json();

        assertThat(json.get("group").stringValue()).isEqualTo("94123457001");
        assertThat(json.get("values").get("group-number").stringValue()).isEqualTo("94123457001");
    }

    @Test
    void givenANumberTakenByAnotherGroup_whenRenamed_thenRefusedWithExit1AndBothKept() {
        shell.run("group new", "94123457");

        Run run = shell.run("group rename", GROUP, "94123457001");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(shell.messages().text("error.group-exists", "94123457001"));
        assertThat(shell.run("group show", GROUP).exit()).isEqualTo(ExitCode.OK);
    }

    @Test
    void givenTheSameNumber_whenRenamed_thenRefused() {
        Run run = shell.run("group rename", GROUP, "94123456");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[group-number.same]");
    }

    @Test
    void givenAMalformedNewNumber_whenRenamed_thenTheDomainRefusesWithExit1() {
        Run run = shell.run("group rename", GROUP, "9412");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[group-number.length]");
    }

    @Test
    void givenAGroupThatDoesNotExist_whenRenamed_thenRefused() {
        Run run = shell.run("group rename", "94999999001", "94999998001");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("group new 94999999001");
    }

    @Test
    void givenNoNewNumber_whenRenamed_thenUsageErrorNamingTheMissingArgument() {
        Run run = shell.run("group rename", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(shell.messages().text("usage.missing-argument", "NEW-NUMBER"));
    }
}
