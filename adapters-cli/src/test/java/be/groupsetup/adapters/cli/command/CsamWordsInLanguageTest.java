package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.adapters.cli.input.GroupsetupCompleter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps, roles and services typed in English, French or Dutch whatever the language in force; completion and the
 * refusals' lists in the language in force; what is stored and what JSON shows stays the English id.
 */
class CsamWordsInLanguageTest {

    private static List<String> complete(ShellFixture shell, String current, String... before) {
        return new GroupsetupCompleter(shell.registry()).proposals(List.of(before), current);
    }

    @Test
    void givenFrench_whenAStepIdIsCompleted_thenTheFrenchIdsThenTheEnglishOnes() {
        ShellFixture shell = ShellFixture.inLanguage("fr");

        assertThat(complete(shell, "", "csam", "record", GROUP)).containsExactly("autorite", "connexion-csam",
                "gestionnaire-principal", "gestionnaires-locaux", "droits-d-acces", "aucun-mandat",
                "authority", "csam-login", "principal-access-manager", "local-access-managers", "access-rights",
                "no-mandates");
        assertThat(complete(shell, "a", "csam", "undo", GROUP)).containsExactly("autorite", "aucun-mandat",
                "authority", "access-rights");
    }

    @Test
    void givenDutch_whenRolesAndServicesAreCompleted_thenTheDutchIdsThenTheEnglishOnes() {
        ShellFixture shell = ShellFixture.inLanguage("nl");

        assertThat(complete(shell, "", "csam", "record", GROUP, "autoriteit", "--role"))
                .containsExactly("groepsverantwoordelijke", "lokale-gebruiker", "group-responsible", "local-user");
        assertThat(complete(shell, "facturatie,v", "csam", "record", GROUP, "toegangsrechten", "--services"))
                .containsExactly("facturatie,verzekerbaarheid");
        assertThat(complete(shell, "", "csam", "record", GROUP, "toegangsrechten", "--services"))
                .containsExactly("facturatie", "verzekerbaarheid", "medisch-administratief", "billing",
                        "insurability", "medico-administrative");
    }

    @Test
    void givenEnglish_whenCompleted_thenOnlyTheEnglishIds() {
        ShellFixture shell = ShellFixture.english();

        assertThat(complete(shell, "", "csam", "record", GROUP, "authority", "--role"))
                .containsExactly("group-responsible", "local-user");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void givenAnyLanguage_whenEveryStepIsRecordedInFrenchAndDutchWords_thenStoredWithTheEnglishIds(String language) {
        ShellFixture shell = ShellFixture.inLanguage(language).withCompleteGroup();

        expectOk(shell.run("csam record", GROUP, "Autorité", "--person", "Françoise D'Hondt", "--role",
                "responsable du groupe"));
        expectOk(shell.run("csam record", GROUP, "csam-aanmelding", "--person", "D'HONDT Françoise Marie"));
        expectOk(shell.run("csam record", GROUP, "gestionnaire-principal", "--existing"));
        expectOk(shell.run("csam record", GROUP, "lokale-toegangsbeheerders", "--skipped"));
        expectOk(shell.run("csam record", GROUP, "droits-d-acces", "--person", "Françoise D'Hondt", "--services",
                "facturation,verzekerbaarheid,Médico-administratif"));
        expectOk(shell.run("csam record", GROUP, "geen-mandaten"));

        JsonNode status = shell.run("csam status", GROUP, "--format", "json").json();
        assertThat(status.get("progress").intValue()).isEqualTo(5);
        assertThat(status.get("steps").get(0).get("id").asString()).isEqualTo("authority");
        assertThat(status.get("steps").get(0).get("records").get(0).get("role").asString())
                .isEqualTo("group-responsible");
        assertThat(status.get("steps").get(4).get("records").get(0).get("services").toString())
                .isEqualTo("[\"billing\",\"insurability\",\"medico-administrative\"]");
    }

    @Test
    void givenFrench_whenAnUnknownStepIsTyped_thenTheUsageErrorListsTheFrenchIds() {
        Run run = ShellFixture.inLanguage("fr").withCompleteGroup().run("csam record", GROUP, "etape-7");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("autorite, connexion-csam, gestionnaire-principal, gestionnaires-locaux, "
                + "droits-d-acces, aucun-mandat").doesNotContain("csam-login");
    }

    @Test
    void givenDutch_whenAnUnknownStepIsTyped_thenTheUsageErrorListsTheDutchIds() {
        Run run = ShellFixture.inLanguage("nl").withCompleteGroup().run("csam undo", GROUP, "stap-7");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("autoriteit, csam-aanmelding, hoofdtoegangsbeheerder, "
                + "lokale-toegangsbeheerders, toegangsrechten, geen-mandaten");
    }

    @Test
    void givenFrench_whenAnotherRoleIsTyped_thenTheRefusalListsTheFrenchRolesAndJsonKeepsTheEnglishIds() {
        ShellFixture shell = ShellFixture.inLanguage("fr").withCompleteGroup();

        Run run = shell.run("csam record", GROUP, "autorite", "--person", "Jean Dupont", "--role", "secretaire");
        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[csam.authority.role]").contains("(responsable-du-groupe, utilisateur-local)");

        Run json = shell.run("csam record", GROUP, "autorite", "--person", "Jean Dupont", "--role", "secretaire",
                "--format", "json");
        assertThat(json.out()).contains("\"group-responsible, local-user\"").doesNotContain("utilisateur-local\"");
    }

    @Test
    void givenDutch_whenAnUnknownServiceIsTyped_thenTheRefusalListsTheDutchServices() {
        ShellFixture shell = ShellFixture.inLanguage("nl").withCompleteGroup();
        expectOk(shell.run("csam record", GROUP, "autoriteit", "--person", "Françoise D'Hondt", "--role",
                "groepsverantwoordelijke"));
        expectOk(shell.run("csam record", GROUP, "csam-aanmelding", "--person", "D'HONDT Françoise Marie"));
        expectOk(shell.run("csam record", GROUP, "hoofdtoegangsbeheerder", "--existing"));

        Run run = shell.run("csam record", GROUP, "toegangsrechten", "--person", "Jan Peeters", "--services",
                "facturatie,apotheek");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[csam.access-rights.service]")
                .contains("facturatie, verzekerbaarheid, medisch-administratief");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mandat", "mandaat", "mandate", "pas-de-mandat"})
    void givenAMandateWordInAnyLanguage_whenRecordedInFrench_thenRefusedWithTheMandateReason(String typed) {
        Run run = ShellFixture.inLanguage("fr").withCompleteGroup().run("csam record", GROUP, typed);

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[csam.mandate]");
    }

    private static void expectOk(Run run) {
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
    }
}
