package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static be.groupsetup.adapters.cli.ShellFixture.NOW;
import static be.groupsetup.adapters.cli.ShellFixture.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

class CsamStatusCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @BeforeEach
    void aCompleteGroup() {
        shell.withCompleteGroup();
    }

    private void firstThreeStepsAndLocalManagersSkipped() {
        shell.run("csam record", GROUP, "authority", "--person", "Françoise D'Hondt", "--role", "group-responsible");
        shell.run("csam record", GROUP, "csam-login", "--person", "D'HONDT Françoise Marie");
        shell.run("csam record", GROUP, "principal-access-manager", "--person", "Jean Dupont");
        shell.run("csam record", GROUP, "local-access-managers", "--skipped");
    }

    @Test
    void givenNothingRecorded_whenStatusAsked_thenEveryStepToDoAndTheFirstStepNextWithItsInstruction() {
        Run run = shell.run("csam status", "94123456");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).containsSubsequence(shell.messages().text("csam.title", GROUP),
                shell.messages().text("csam.progress", 0, 5), "[ ] 1.", "[ ] 2.", "[ ] 3.", "[ ] 4.", "[ ] 5.", "[ ] 6.",
                shell.messages().text("csam.next", 1, shell.messages().text("step.authority.title")),
                shell.messages().text("step.authority.instruction"));
    }

    @Test
    void givenStepsRecorded_whenStatusAsked_thenDoneSkippedWhoRecordedAndTheNextStepWithItsLink() {
        firstThreeStepsAndLocalManagersSkipped();

        Run run = shell.run("csam status", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsSubsequence(shell.messages().text("csam.progress", 3, 5),
                "[x] 1.", "Françoise D'Hondt", TECHNICIAN, "[x] 2.", "[x] 3.", "Jean Dupont", "[-] 4.", "[ ] 5.",
                shell.messages().text("csam.next", 5, shell.messages().text("step.access-rights.title")),
                shell.messages().text("step.access-rights.link"));
    }

    @Test
    void givenJsonFormat_whenStatusAsked_thenStepsWithIdStateAndRecordsProgressAndNext() {
        firstThreeStepsAndLocalManagersSkipped();

        JsonNode json = shell.run("csam status", GROUP, "--format", "json").json();

        assertThat(json.get("group").stringValue()).isEqualTo(GROUP);
        assertThat(json.get("steps")).extracting(s -> s.get("id").stringValue()).containsExactly("authority",
                "csam-login", "principal-access-manager", "local-access-managers", "access-rights", "no-mandates");
        assertThat(json.get("steps")).extracting(s -> s.get("state").stringValue())
                .containsExactly("done", "done", "done", "skipped", "todo", "todo");
        assertThat(json.get("steps")).allSatisfy(s -> assertThat(s.get("records").isArray()).isTrue());
        JsonNode authority = json.get("steps").get(0).get("records").get(0);
        assertThat(authority.get("person").stringValue()).isEqualTo("Françoise D'Hondt");
        assertThat(authority.get("role").stringValue()).isEqualTo("group-responsible");
        assertThat(authority.get("recordedBy").stringValue()).isEqualTo(TECHNICIAN);
        assertThat(authority.get("recordedAt").stringValue()).isEqualTo(NOW);
        assertThat(json.get("steps").get(4).get("records")).isEmpty();
        assertThat(json.get("progress").isIntegralNumber()).isTrue();
        assertThat(json.get("progress").intValue()).isEqualTo(3);
        assertThat(json.get("next").stringValue()).isEqualTo("access-rights");
    }

    @Test
    void givenTheProcedureDone_whenStatusAskedAsJson_thenNextIsNull() {
        shell.withProcedureDone();

        JsonNode json = shell.run("csam status", GROUP, "--format", "json").json();

        assertThat(json.get("progress").intValue()).isEqualTo(5);
        assertThat(json.get("next").isNull()).isTrue();
    }

    @Test
    void givenAGroupThatDoesNotExist_whenStatusAsked_thenExit1() {
        Run run = shell.run("csam status", "94999999001");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("group new 94999999001");
    }

    @Test
    void givenAStep_whenStatusAsked_thenUsageErrorForTheExtraArgument() {
        Run run = shell.run("csam status", GROUP, "authority");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
    }
}
