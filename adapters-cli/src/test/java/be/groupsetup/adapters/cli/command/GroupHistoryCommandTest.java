package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static be.groupsetup.adapters.cli.ShellFixture.NOW;
import static be.groupsetup.adapters.cli.ShellFixture.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

class GroupHistoryCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @Test
    void givenChanges_whenHistoryAsked_thenWhoChangedWhatInOrderAndExit0() {
        shell.withGroup();
        shell.run("group set", GROUP, "--city", "Liège");
        shell.run("group set", GROUP, "--city", "Namur");
        shell.run("csam record", GROUP, "authority", "--person", "Marie Dubois", "--role", "local-user");

        Run run = shell.run("group history", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).containsSubsequence("r1  " + TECHNICIAN + "  created",
                "r2  " + TECHNICIAN + "  fields set", "Ville: — → Liège",
                "r3  " + TECHNICIAN + "  fields set", "Ville: Liège → Namur",
                "r4  " + TECHNICIAN + "  CSAM step recorded", "Marie Dubois");
    }

    @Test
    void givenARefusedChange_whenHistoryAsked_thenItLeftNoTrace() {
        shell.withGroup();
        shell.run("group set", GROUP, "--iban", "BE00");

        assertThat(shell.run("group history", GROUP, "--format", "json").json().get("entries")).hasSize(1);
    }

    @Test
    void givenJsonFormat_whenHistoryAsked_thenEntriesWithTimeTechnicianAndChange() {
        shell.withGroup();
        shell.run("group set", GROUP, "--city", "Liège");
        shell.run("csam record", GROUP, "authority", "--person", "Marie Dubois", "--role", "local-user");

        JsonNode json = shell.run("group history", GROUP, "--format", "json").json();

        assertThat(json.get("group").stringValue()).isEqualTo(GROUP);
        assertThat(json.get("entries")).hasSize(3).allSatisfy(entry -> {
            assertThat(entry.get("time").stringValue()).isEqualTo(NOW);
            assertThat(entry.get("technician").stringValue()).isEqualTo(TECHNICIAN);
            assertThat(entry.get("change").isString()).isTrue();
        });
        assertThat(json.get("entries")).extracting(e -> e.get("change").stringValue())
                .containsExactly("created", "fields-set", "csam-recorded");
        JsonNode set = json.get("entries").get(1);
        assertThat(set.get("fields").get(0).get("field").stringValue()).isEqualTo("city");
        assertThat(set.get("fields").get(0).get("old").isNull()).isTrue();
        assertThat(set.get("fields").get(0).get("new").stringValue()).isEqualTo("Liège");
        assertThat(json.get("entries").get(2).get("recorded").get(0).get("person").stringValue())
                .isEqualTo("Marie Dubois");
    }

    @Test
    void givenAGroupThatDoesNotExist_whenHistoryAsked_thenExit1() {
        Run run = shell.run("group history", "94999999001");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("group new 94999999001");
    }

    @Test
    void givenNoNumberWithJsonFormat_whenHistoryAsked_thenUsageErrorAndAJsonErrorDocument() {
        Run run = shell.run("group history", "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).contains("\"error\"").contains("\"status\" : 2").contains("Missing argument NUMBER");
        assertThat(run.err()).contains("Missing argument NUMBER");
    }
}
