package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class GroupCheckCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @Test
    void givenACompleteGroup_whenChecked_thenExit0AndSaysComplete() {
        shell.withCompleteGroup();

        Run run = shell.run("group check", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains(shell.messages().text("check.complete", GROUP));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void givenOnlyWarnings_whenChecked_thenExit0AndTheWarningsListed() {
        shell.withCompleteGroup();
        shell.run("group set", GROUP, "--single-point-of-contact", "300");

        Run run = shell.run("group check", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("warning").contains("Unique Point de Contact");
    }

    @Test
    void givenARequiredFieldMissing_whenChecked_thenExit1AndTheFindingsOnStandardOutput() {
        shell.withCompleteGroup();
        shell.run("group clear", GROUP, "bic");

        Run run = shell.run("group check", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).contains("BIC").contains("[required]")
                .contains(shell.messages().text("check.incomplete", GROUP, 1));
    }

    @Test
    void givenAnErrorInAStoredValue_whenChecked_thenExit1EvenThoughEveryFieldIsSet() {
        shell.withStored(ShellFixture.storedSetup(Map.of(FieldKey.ENTERPRISE_NUMBER, "0428759498")));

        Run run = shell.run("group check", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).contains("[enterprise-number.checksum]").doesNotContain("[required]");
    }

    @Test
    void givenJsonFormat_whenChecked_thenTheShowDocumentAndTheSameExitStatus() {
        shell.withGroup();

        Run run = shell.run("group check", GROUP, "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        JsonNode json = run.json();
        assertThat(json.get("group").stringValue()).isEqualTo(GROUP);
        assertThat(json.get("values").get("group-number").stringValue()).isEqualTo(GROUP);
        assertThat(json.get("findings")).hasSize(14)
                .allSatisfy(f -> assertThat(f.get("code").stringValue()).isEqualTo("required"));
        assertThat(json.get("findings").get(0).get("field").stringValue()).isEqualTo("company-name");
    }

    @Test
    void givenAGroupThatDoesNotExist_whenChecked_thenExit1WithTheMessageOnStandardError() {
        Run run = shell.run("group check", "94999999001");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("group new 94999999001");
    }

    @Test
    void givenAnExtraArgument_whenChecked_thenUsageError() {
        shell.withGroup();

        Run run = shell.run("group check", GROUP, "now");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
    }
}
