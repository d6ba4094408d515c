package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class GroupClearCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @BeforeEach
    void aCompleteGroup() {
        shell.withCompleteGroup();
    }

    private JsonNode stored() {
        return shell.run("group show", GROUP, "--format", "json").json().get("values");
    }

    @Test
    void givenFieldKeys_whenCleared_thenNotSetAnyMoreAndTheGroupIsIncomplete() {
        Run run = shell.run("group clear", GROUP, "street", "phone");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly(shell.messages().text("change.applied", GROUP, 3),
                "  Rue: Rue de l'Évêché 12 → —", "  Tél: 0470 12 34 56 → —");
        assertThat(stored().get("street").isNull()).isTrue();
        assertThat(stored().get("phone").isNull()).isTrue();
        assertThat(shell.run("group check", GROUP).exit()).isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void givenAFieldNotSet_whenCleared_thenNothingChangesAndExit0() {
        Run run = shell.run("group clear", GROUP, "ehealth-box");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains(shell.messages().text("change.unchanged", GROUP));
    }

    @Test
    void givenJsonFormat_whenCleared_thenTheValuesAfterwards() {
        JsonNode json = shell.run("group clear", GROUP, "city", "--format", "json").json();

        assertThat(json.get("group").stringValue()).isEqualTo(GROUP);
        assertThat(json.get("values").get("city").isNull()).isTrue();
        assertThat(json.get("values").get("company-name").stringValue()).isEqualTo("Soins à Domicile L'Aurore SRL");
        assertThat(json.get("findings").isArray()).isTrue();
    }

    @Test
    void givenTheGroupNumber_whenCleared_thenRefusedWithExit1() {
        Run run = shell.run("group clear", GROUP, "group-number");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isNotEmpty();
        assertThat(stored().get("group-number").stringValue()).isEqualTo(GROUP);
    }

    @Test
    void givenAGroupThatDoesNotExist_whenCleared_thenRefusedWithExit1() {
        Run run = shell.run("group clear", "94999999001", "city");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("group new 94999999001");
    }

    @Test
    void givenAnUnknownFieldKey_whenCleared_thenUsageErrorListingTheKeysAndNothingCleared() {
        Run run = shell.run("group clear", GROUP, "city", "town");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("“town”").contains("company-name, city");
        assertThat(stored().get("city").stringValue()).isEqualTo("Liège");
    }

    @Test
    void givenNoFieldKey_whenCleared_thenUsageError() {
        Run run = shell.run("group clear", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Usage: group clear NUMBER KEY ...");
    }
}
