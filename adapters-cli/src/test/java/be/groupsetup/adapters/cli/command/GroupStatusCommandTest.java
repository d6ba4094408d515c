package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class GroupStatusCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @Test
    void givenACompleteGroupWithTheProcedureDone_whenStatusAsked_thenReadyAndExit0() {
        shell.withCompleteGroup().withProcedureDone();

        Run run = shell.run("group status", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly(shell.messages().text("status.ready", GROUP));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void givenACompleteGroupWithoutTheProcedure_whenStatusAsked_thenNotReadyExit1AndTheStepsListed() {
        shell.withCompleteGroup();

        Run run = shell.run("group status", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.outLines().get(0)).isEqualTo(shell.messages().text("status.not-ready", GROUP, 5));
        assertThat(run.out()).containsSubsequence("CSAM step 1", "CSAM step 2", "CSAM step 3", "CSAM step 5",
                "CSAM step 6");
    }

    @Test
    void givenTheProcedureDoneButAFieldMissing_whenStatusAsked_thenExit1NamingTheField() {
        shell.withCompleteGroup().withProcedureDone();
        shell.run("group clear", GROUP, "phone");

        Run run = shell.run("group status", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(1)).startsWith("  - Tél: ");
    }

    @Test
    void givenJsonFormat_whenStatusAsked_thenMissingInSpecOrderErrorsThenMissingFieldsThenSteps() {
        shell.withStored(ShellFixture.storedSetup(Map.of(FieldKey.ENTERPRISE_NUMBER, "0428759498",
                FieldKey.PHONE, "", FieldKey.CITY, "")));

        Run run = shell.run("group status", GROUP, "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        JsonNode json = run.json();
        assertThat(json.get("group").stringValue()).isEqualTo(GROUP);
        assertThat(json.get("ready").isBoolean()).isTrue();
        assertThat(json.get("ready").booleanValue()).isFalse();
        List<String> missing = new ArrayList<>();
        for (JsonNode item : json.get("missing")) {
            assertThat(item.get("kind").stringValue()).isIn("field", "step");
            assertThat(item.get("message").stringValue()).isNotBlank();
            missing.add(item.get("kind").stringValue() + ":" + item.get("key").stringValue());
        }
        assertThat(missing).containsExactly("field:enterprise-number", "field:city", "field:phone",
                "step:authority", "step:csam-login", "step:principal-access-manager", "step:access-rights",
                "step:no-mandates");
    }

    @Test
    void givenJsonFormatAndAReadyGroup_whenStatusAsked_thenReadyTrueNothingMissingAndExit0() {
        shell.withCompleteGroup().withProcedureDone();

        Run run = shell.run("group status", GROUP, "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.json().get("ready").booleanValue()).isTrue();
        assertThat(run.json().get("missing")).isEmpty();
    }

    @Test
    void givenAGroupThatDoesNotExist_whenStatusAsked_thenExit1() {
        Run run = shell.run("group status", "94999999001");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("group new 94999999001");
    }

    @Test
    void givenAnUnknownOption_whenStatusAsked_thenUsageError() {
        shell.withGroup();

        Run run = shell.run("group status", GROUP, "--verbose");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(shell.messages().text("usage.unknown-option", "--verbose", "group status"));
    }
}
