package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class CsamUndoCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @BeforeEach
    void aGroupWithTheProcedureDone() {
        shell.withCompleteGroup().withProcedureDone();
    }

    private JsonNode procedure() {
        return shell.run("csam status", GROUP, "--format", "json").json();
    }

    @Test
    void givenTheLastStep_whenUndone_thenItIsToDoAgainAndTheRemovedRecordSaid() {
        Run run = shell.run("csam undo", GROUP, "no-mandates");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines().get(0)).startsWith(shell.messages().text("csam.removed",
                shell.messages().text("step.no-mandates.title"), ""));
        assertThat(procedure().get("next").stringValue()).isEqualTo("no-mandates");
    }

    @Test
    void givenAStepLaterStepsNeed_whenUndone_thenRefusedListingThem() {
        Run run = shell.run("csam undo", GROUP, "csam-login");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("[csam.undo.needed-by]").contains("principal-access-manager");
        assertThat(procedure().get("progress").intValue()).isEqualTo(5);
    }

    @Test
    void givenCascade_whenAStepLaterStepsNeedIsUndone_thenTheyAreUndoneToo() {
        Run run = shell.run("csam undo", GROUP, "csam-login", "--cascade", "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.json().get("progress").intValue()).isEqualTo(1);
        assertThat(run.json().get("next").stringValue()).isEqualTo("csam-login");
    }

    @Test
    void givenAPersonsRecord_whenUndone_thenOnlyThatPersonsRecordGoes() {
        shell.run("csam record", GROUP, "access-rights", "--person", "Marie Dubois", "--services", "billing");

        Run run = shell.run("csam undo", GROUP, "access-rights", "--person", "Marie Dubois");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(procedure().get("steps").get(4).get("records")).extracting(r -> r.get("person").stringValue())
                .containsExactly("Françoise D'Hondt");
    }

    @Test
    void givenAGroupThatDoesNotExist_whenUndone_thenExit1() {
        assertThat(shell.run("csam undo", "94999999001", "no-mandates").exit()).isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void givenAnUnknownStep_whenUndone_thenUsageError() {
        Run run = shell.run("csam undo", GROUP, "everything");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("“everything”");
        assertThat(procedure().get("progress").intValue()).isEqualTo(5);
    }
}
