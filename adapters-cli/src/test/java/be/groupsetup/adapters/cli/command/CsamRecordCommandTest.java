package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class CsamRecordCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @BeforeEach
    void aCompleteGroup() {
        shell.withCompleteGroup();
    }

    private Run authority() {
        return shell.run("csam record", GROUP, "authority", "--person", "Françoise D'Hondt", "--role",
                "group-responsible");
    }

    private Run login(String person) {
        return shell.run("csam record", GROUP, "csam-login", "--person", person);
    }

    private int progress() {
        return shell.run("csam status", GROUP, "--format", "json").json().get("progress").intValue();
    }

    @Test
    void givenTheFirstStep_whenRecorded_thenSaidWhatWasRecordedTheProgressAndTheNextStep() {
        Run run = authority();

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(0)).startsWith(shell.messages().text("csam.recorded",
                shell.messages().text("step.authority.title"), "Françoise D'Hondt")).contains(ShellFixture.TECHNICIAN);
        assertThat(run.outLines().get(1)).isEqualTo(shell.messages().text("csam.progress", 1, 5));
        assertThat(run.outLines().get(2)).isEqualTo(shell.messages().text("csam.next", 2,
                shell.messages().text("step.csam-login.title")));
    }

    @Test
    void givenEveryStepInOrder_whenRecorded_thenTheProcedureIsComplete() {
        shell.withProcedureDone();
        shell.run("csam record", GROUP, "local-access-managers", "--person", "Jean Dupont");

        assertThat(progress()).isEqualTo(5);
        assertThat(shell.run("group status", GROUP).exit()).isEqualTo(ExitCode.OK);
    }

    @Test
    void givenAnotherRole_whenAuthorityRecorded_thenTheDomainRefusesWithExit1NotAParseError() {
        Run run = shell.run("csam record", GROUP, "authority", "--person", "Jean Dupont", "--role", "secretary");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("[csam.authority.role]").contains("“secretary”");
        assertThat(progress()).isZero();
    }

    @Test
    void givenAStepBeforeWhatItNeeds_whenRecorded_thenRefusedNamingTheStepThatMustComeFirst() {
        Run run = login("Françoise D'Hondt");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[csam.step.needs]").contains("authority");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mandate", "mandat", "mandaat", "Mandats"})
    void givenAMandateAsStep_whenRecorded_thenRefusedWithTheReasonAndExit1(String step) {
        authority();

        Run run = shell.run("csam record", GROUP, step);

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[csam.mandate]").contains("access rights");
    }

    @Test
    void givenSomeoneElseLoggedIn_whenAPrincipalAccessManagerIsDesignated_thenRefusedNamingWhoMustLogIn() {
        authority();
        login("Jean Dupont");

        Run run = shell.run("csam record", GROUP, "principal-access-manager", "--person", "Jean Dupont");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[csam.principal-access-manager.not-representative]")
                .contains("Françoise").contains("D'Hondt");
    }

    @Test
    void givenSomeoneElseLoggedInButTheIdentityConfirmed_whenDesignated_thenRecordedWithAWarning() {
        authority();
        login("Jean Dupont");

        Run run = shell.run("csam record", GROUP, "principal-access-manager", "--person", "Jean Dupont", "--confirmed");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("warning").contains("[csam.principal-access-manager.identity-confirmed]");
        assertThat(progress()).isEqualTo(3);
    }

    @Test
    void givenServicesAsACommaList_whenAccessRightsRecorded_thenEachServiceKept() {
        authority();
        login("D'HONDT Françoise Marie");
        shell.run("csam record", GROUP, "principal-access-manager", "--existing");

        Run run = shell.run("csam record", GROUP, "access-rights", "--person", "Marie Dubois", "--services",
                "billing, insurability", "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        JsonNode rights = run.json().get("steps").get(4);
        assertThat(rights.get("state").stringValue()).isEqualTo("todo");
        assertThat(rights.get("records").get(0).get("services")).extracting(JsonNode::stringValue)
                .containsExactly("billing", "insurability");
        assertThat(run.json().get("missingServices")).extracting(JsonNode::stringValue)
                .containsExactly("medico-administrative");
    }

    @Test
    void givenAnUnknownService_whenAccessRightsRecorded_thenTheDomainRefusesWithExit1() {
        authority();
        login("D'HONDT Françoise Marie");
        shell.run("csam record", GROUP, "principal-access-manager", "--existing");

        Run run = shell.run("csam record", GROUP, "access-rights", "--person", "Marie Dubois", "--services",
                "billing,payroll");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[csam.access-rights.service]").contains("“payroll”");
    }

    @Test
    void givenJsonFormat_whenRecorded_thenTheProcedureDocumentWithGroupStepsProgressAndNext() {
        authority();
        JsonNode recorded = shell.run("csam record", GROUP, "csam-login", "--person", "D'HONDT Françoise",
                "--format", "json").json();

        assertThat(recorded.get("group").stringValue()).isEqualTo(GROUP);
        assertThat(recorded.get("steps")).hasSize(6);
        assertThat(recorded.get("steps").get(1).get("id").stringValue()).isEqualTo("csam-login");
        assertThat(recorded.get("steps").get(1).get("state").stringValue()).isEqualTo("done");
        assertThat(recorded.get("steps").get(1).get("records").get(0).get("person").stringValue())
                .isEqualTo("D'HONDT Françoise");
        assertThat(recorded.get("progress").intValue()).isEqualTo(2);
        assertThat(recorded.get("next").stringValue()).isEqualTo("principal-access-manager");
    }

    @Test
    void givenJsonFormatAndARefusal_whenRecorded_thenTheProcedureUnchangedTheErrorsAndExit1() {
        Run run = shell.run("csam record", GROUP, "no-mandates", "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        JsonNode json = run.json();
        assertThat(json.get("progress").intValue()).isZero();
        assertThat(json.get("next").stringValue()).isEqualTo("authority");
        assertThat(json.get("findings").get(0).get("code").stringValue()).isEqualTo("csam.step.needs");
        assertThat(json.get("findings").get(0).get("severity").stringValue()).isEqualTo("error");
        assertThat(json.get("findings").get(0).get("field").isNull()).isTrue();
    }

    @Test
    void givenAGroupThatDoesNotExist_whenRecorded_thenExit1() {
        Run run = shell.run("csam record", "94999999001", "authority", "--person", "X", "--role", "local-user");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("group new 94999999001");
    }

    @Test
    void givenAnUnknownStep_whenRecorded_thenUsageErrorListingTheSteps() {
        Run run = shell.run("csam record", GROUP, "login");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("“login”").contains("authority, csam-login, principal-access-manager");
    }

    @Test
    void givenNoStep_whenRecorded_thenUsageError() {
        Run run = shell.run("csam record", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(shell.messages().text("usage.missing-argument", "STEP"));
    }

    @Test
    void givenAnUnquotedNameInTwoWords_whenRecorded_thenUsageErrorAndNothingRecorded() {
        authority();

        Run run = shell.run("csam record", GROUP, "csam-login", "--person", "Jean", "Dupont");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(progress()).isEqualTo(1);
    }
}
