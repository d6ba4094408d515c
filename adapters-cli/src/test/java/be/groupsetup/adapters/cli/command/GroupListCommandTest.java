package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class GroupListCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @Test
    void givenNoGroup_whenListed_thenSaysHowToCreateOneAndExit0() {
        Run run = shell.run("group list");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly(shell.messages().text("list.empty"));
    }

    @Test
    void givenGroups_whenListed_thenNumberCompletenessProgressReadinessAndCompany() {
        shell.withCompleteGroup().withProcedureDone();
        shell.run("group new", "94000001");

        Run run = shell.run("group list");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(0)).matches("NUMBER\\s+COMPLETE\\s+WARNINGS\\s+CSAM\\s+READY\\s+COMPANY");
        assertThat(run.outLines().get(1)).matches("94000001001\\s+no\\s+0\\s+0/5\\s+no\\s+—");
        assertThat(run.outLines().get(2)).matches(GROUP + "\\s+yes\\s+0\\s+5/5\\s+yes\\s+Soins à Domicile L'Aurore SRL");
    }

    @Test
    void givenJsonFormat_whenListed_thenEachGroupWithTheFixedKeysAndTypes() {
        shell.withCompleteGroup();
        shell.run("csam record", GROUP, "authority", "--person", "Françoise D'Hondt", "--role", "group-responsible");
        shell.run("group new", "94000001");

        JsonNode json = shell.run("group list", "--format", "json").json();

        assertThat(json.get("groups")).hasSize(2);
        JsonNode empty = json.get("groups").get(0);
        assertThat(empty.get("group").stringValue()).isEqualTo("94000001001");
        assertThat(empty.get("company").isNull()).isTrue();
        JsonNode listed = json.get("groups").get(1);
        assertThat(listed.get("group").stringValue()).isEqualTo(GROUP);
        assertThat(listed.get("company").stringValue()).isEqualTo("Soins à Domicile L'Aurore SRL");
        assertThat(listed.get("complete").isBoolean()).isTrue();
        assertThat(listed.get("complete").booleanValue()).isTrue();
        assertThat(listed.get("progress").isIntegralNumber()).isTrue();
        assertThat(listed.get("progress").intValue()).isEqualTo(1);
        assertThat(listed.get("ready").booleanValue()).isFalse();
        assertThat(listed.get("damaged").booleanValue()).isFalse();
    }

    @Test
    void givenALetterWrittenToAGroup_whenListedAsJson_thenItsLastChangeSaysSo() {
        shell.withCompleteGroup();
        shell.run("group new", "94000001");
        shell.run("group letter", GROUP, "--language", "fr");

        JsonNode json = shell.run("group list", "--format", "json").json();

        JsonNode waiting = json.get("groups").get(1).get("lastChange");
        assertThat(waiting.get("change").stringValue()).isEqualTo("letter-written");
        assertThat(waiting.get("detail").stringValue()).isEqualTo("fr");
        assertThat(waiting.get("technician").stringValue()).isEqualTo(ShellFixture.TECHNICIAN);
        assertThat(waiting.get("time").stringValue()).isEqualTo(ShellFixture.NOW);
        assertThat(json.get("groups").get(0).get("lastChange").get("change").stringValue()).isEqualTo("created");
    }

    @Test
    void givenADamagedDocument_whenListed_thenListedAsDamagedWithTheOthersAndExit0() {
        shell.withGroup();
        shell.run("group new", "94000001");
        shell.store.damage(new GroupNumber("94000001001"), "bad JSON at line 3");

        Run text = shell.run("group list");
        Run json = shell.run("group list", "--format", "json");

        assertThat(text.exit()).isEqualTo(ExitCode.OK);
        assertThat(text.out()).contains("DAMAGED").contains("bad JSON at line 3").contains(GROUP);
        assertThat(json.exit()).isEqualTo(ExitCode.OK);
        JsonNode damaged = json.json().get("groups").get(0);
        assertThat(damaged.get("group").stringValue()).isEqualTo("94000001001");
        assertThat(damaged.get("damaged").booleanValue()).isTrue();
        assertThat(damaged.get("ready").booleanValue()).isFalse();
        assertThat(json.json().get("groups").get(1).get("damaged").booleanValue()).isFalse();
    }

    @Test
    void givenAnArgument_whenListed_thenUsageError() {
        Run run = shell.run("group list", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Usage: group list [--format text|json]");
    }

    @Test
    void givenAnUnknownFormat_whenListed_thenUsageError() {
        assertThat(shell.run("group list", "--format", "csv").exit()).isEqualTo(ExitCode.USAGE);
    }
}
