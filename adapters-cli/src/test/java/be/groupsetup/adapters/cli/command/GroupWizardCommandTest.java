package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ScriptedPrompter;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class GroupWizardCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    /** The answers after the street: IBAN (a mistyped one first), then the rest, accepting the proposals. */
    private static final List<String> FROM_IBAN_ON = List.of(
            "BE35 3101 2345 6738",
            "BE35 3101 2345 6737",
            "",
            "Françoise",
            "D'Hondt",
            "0470 12 34 56",
            "MyCareNet 42",
            "41234502001",
            "BE 0428.759.497",
            "135",
            "",
            "", "", "");

    private static String[] answers(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all.toArray(String[]::new);
    }

    private JsonNode stored() {
        return shell.run("group show", GROUP, "--format", "json").json().get("values");
    }

    private String prompt(String label) {
        return shell.prompter.prompts().stream().filter(p -> p.startsWith(label)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("never asked " + label + ": " + shell.prompter.prompts()));
    }

    @Test
    void givenNothing_whenTheWizardIsAnswered_thenAGroupIsCreatedAndCompleteWithoutAnyQuoting() {
        shell.prompter.answers(answers(List.of("Soins à Domicile L'Aurore SRL", "Liège", "4000", "Rue de l'Évêché 12"),
                FROM_IBAN_ON));

        Run run = shell.run("group wizard", "94123456");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(shell.prompter.unanswered()).isZero();
        assertThat(shell.prompter.told()).contains(shell.messages().text("wizard.created", GROUP),
                shell.messages().text("wizard.complete", GROUP));
        assertThat(shell.run("group check", GROUP).exit()).isEqualTo(ExitCode.OK);
        assertThat(stored().get("company-name").stringValue()).isEqualTo("Soins à Domicile L'Aurore SRL");
        assertThat(stored().get("last-name").stringValue()).isEqualTo("D'Hondt");
        assertThat(stored().get("reference-care-provider").stringValue()).isEqualTo("41234502001");
        assertThat(stored().get("ehealth-box").isNull()).isTrue();
    }

    @Test
    void givenTheWizard_whenAsking_thenEveryEditableFieldInScreenOrderAndTheFixedOnesShown() {
        shell.prompter.answers(answers(List.of("Soins à Domicile L'Aurore SRL", "Liège", "4000", "Rue de l'Évêché 12"),
                FROM_IBAN_ON));

        shell.run("group wizard", "94123456");

        assertThat(shell.prompter.prompts()).extracting(p -> p.replaceAll(" \\(.*|:.*| \\[.*", ""))
                .containsExactly("Nom de l’entreprise", "Ville", "Code Postal", "Rue", "IBAN", "IBAN", "BIC", "Prénom",
                        "Nom", "Tél", "Type de souscription", "Numéro INAMI", "Numéro de société",
                        "Unique Point de Contact", "Prest. de soins de refs", "Ehealth box", "EHealth box type",
                        "EHealth Box Qualité");
        assertThat(shell.prompter.told()).contains(
                shell.messages().text("wizard.fixed", "Partie Tiers Payant / Nr de groupe", "94123456-001"),
                shell.messages().text("wizard.fixed", "Type de mandat", "aucun"),
                shell.messages().text("wizard.fixed", "Nr de mandat", shell.messages().text("sheet.leave-empty")));
    }

    @Test
    void givenARefusedValue_whenAnswered_thenExplainedAndAskedAgain() {
        shell.prompter.answers(answers(List.of("Soins à Domicile L'Aurore SRL", "Liège", "4000", "Rue de l'Évêché 12"),
                FROM_IBAN_ON));

        shell.run("group wizard", "94123456");

        assertThat(shell.prompter.prompts()).filteredOn(p -> p.startsWith("IBAN")).hasSize(2);
        assertThat(shell.prompter.told()).anySatisfy(line -> assertThat(line).contains("[iban.checksum]"))
                .contains(shell.messages().text("wizard.again"));
        assertThat(stored().get("iban").stringValue()).isEqualTo("BE35310123456737");
    }

    @Test
    void givenDerivedOrProposedValues_whenAsked_thenTheyAreTheDefaultsInBrackets() {
        shell.prompter.answers(answers(List.of("Soins à Domicile L'Aurore SRL", "Liège", "4000", "Rue de l'Évêché 12"),
                FROM_IBAN_ON));

        shell.run("group wizard", "94123456");

        assertThat(prompt("BIC")).contains("[BBRUBEBB]");
        assertThat(prompt("Prest. de soins de refs")).contains("[4-12345-02-001]");
        assertThat(prompt("Ehealth box")).contains(shell.messages().text("wizard.optional"));
        assertThat(stored().get("bic").stringValue()).isEqualTo("BBRUBEBB");
    }

    @Test
    void givenTheTechnicianLeavesHalfWay_whenResumed_thenWhatWasEnteredIsKeptAndOfferedAsDefault() {
        shell.prompter.answers("Soins à Domicile L'Aurore SRL", "Liège", ScriptedPrompter.LEAVE);

        Run left = shell.run("group wizard", "94123456");

        assertThat(left.exit()).isEqualTo(ExitCode.OK);
        assertThat(shell.prompter.told()).contains(shell.messages().text("wizard.left", GROUP));
        assertThat(stored().get("company-name").stringValue()).isEqualTo("Soins à Domicile L'Aurore SRL");
        assertThat(stored().get("city").stringValue()).isEqualTo("Liège");
        assertThat(stored().get("postal-code").isNull()).isTrue();

        shell.prompter.forget();
        shell.prompter.answers(answers(List.of("", "", "4000", "Rue de l'Évêché 12"), FROM_IBAN_ON));
        Run resumed = shell.run("group wizard", GROUP);

        assertThat(resumed.exit()).isEqualTo(ExitCode.OK);
        assertThat(shell.prompter.prompts().get(0)).contains("[Soins à Domicile L'Aurore SRL]");
        assertThat(shell.prompter.prompts().get(1)).contains("[Liège]");
        assertThat(shell.prompter.told()).doesNotContain(shell.messages().text("wizard.created", GROUP))
                .contains(shell.messages().text("wizard.complete", GROUP));
        assertThat(stored().get("company-name").stringValue()).isEqualTo("Soins à Domicile L'Aurore SRL");
        assertThat(shell.run("group check", GROUP).exit()).isEqualTo(ExitCode.OK);
    }

    @Test
    void givenColonQ_whenAnswered_thenTheWizardIsLeftAndTheEarlierAnswersKept() {
        shell.prompter.answers("Soins SRL", ":q", "never asked");

        assertThat(shell.run("group wizard", "94123456").exit()).isEqualTo(ExitCode.OK);

        assertThat(shell.prompter.unanswered()).isEqualTo(1);
        assertThat(stored().get("company-name").stringValue()).isEqualTo("Soins SRL");
    }

    @Test
    void givenADashAndAQuestionMark_whenAnswered_thenTheValueIsClearedAndTheFieldExplained() {
        shell.withGroup();
        shell.run("group set", GROUP, "--company-name", "Old SRL", "--city", "Liège");
        shell.prompter.answers("-", "?", "Namur", ":q");

        shell.run("group wizard", GROUP);

        assertThat(stored().get("company-name").isNull()).isTrue();
        assertThat(stored().get("city").stringValue()).isEqualTo("Namur");
        assertThat(shell.prompter.told()).contains(shell.messages().text("wizard.help",
                shell.messages().text("field.city")));
    }

    /** A complete group, every answer kept but the single point of contact: 319, a warning. */
    private static String[] answersWithMutuality319(String... thenForTheWarning) {
        List<String> all = new ArrayList<>(java.util.Collections.nCopies(12, ""));
        all.add("319");
        all.addAll(List.of(thenForTheWarning));
        all.addAll(List.of("", "", "", ""));
        return all.toArray(String[]::new);
    }

    @Test
    void givenAValueStoredWithAWarning_whenAReasonIsGiven_thenTheWarningIsAcknowledgedOnTheSpot() {
        shell.withCompleteGroup().withProcedureDone();
        shell.prompter.answers(answersWithMutuality319("Mutuality 319 confirmed by the group"));

        Run run = shell.run("group wizard", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(shell.prompter.unanswered()).isZero();
        assertThat(shell.prompter.prompts()).containsSubsequence("Unique Point de Contact [135]: ",
                shell.messages().text("wizard.acknowledge"), "Prest. de soins de refs [4-12345-02-001]: ");
        assertThat(shell.prompter.told()).anySatisfy(line -> assertThat(line)
                .contains("[single-point-of-contact.not-christian]"))
                .anySatisfy(line -> assertThat(line).contains("Mutuality 319 confirmed by the group")
                        .contains(ShellFixture.TECHNICIAN));
        assertThat(shell.run("group status", GROUP).exit()).isEqualTo(ExitCode.OK);
        JsonNode warning = shell.run("group show", GROUP, "--format", "json").json().get("findings").get(0);
        assertThat(warning.get("acknowledgement").get("reason").stringValue())
                .isEqualTo("Mutuality 319 confirmed by the group");
    }

    @Test
    void givenAValueStoredWithAWarning_whenTheReasonIsLeftEmpty_thenTheWarningStaysOpen() {
        shell.withCompleteGroup().withProcedureDone();
        shell.prompter.answers(answersWithMutuality319(""));

        Run run = shell.run("group wizard", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(shell.prompter.unanswered()).isZero();
        assertThat(shell.prompter.told()).contains("    " + shell.messages().text("wizard.acknowledge-left-open",
                "single-point-of-contact.not-christian"));
        assertThat(shell.run("group status", GROUP).exit()).isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void givenAReasonTooLong_whenAnswered_thenExplainedAndAskedAgain() {
        shell.withCompleteGroup();
        shell.prompter.answers(answersWithMutuality319("x".repeat(201), "Confirmed"));

        shell.run("group wizard", GROUP);

        assertThat(shell.prompter.unanswered()).isZero();
        assertThat(shell.prompter.prompts()).filteredOn(shell.messages().text("wizard.acknowledge")::equals).hasSize(2);
        assertThat(shell.prompter.told()).anySatisfy(line -> assertThat(line).contains("[acknowledge.reason-too-long]"));
        assertThat(shell.run("group show", GROUP, "--format", "json").json().get("openWarnings").intValue()).isZero();
    }

    @Test
    void givenTheAcknowledgementPrompt_whenTheTechnicianLeaves_thenTheValueIsKeptAndTheWizardLeft() {
        shell.withCompleteGroup();
        shell.prompter.answers(answersWithMutuality319(":q"));

        Run run = shell.run("group wizard", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(shell.prompter.told()).contains(shell.messages().text("wizard.left", GROUP));
        assertThat(stored().get("single-point-of-contact").stringValue()).isEqualTo("319");
        assertThat(shell.prompter.unanswered()).isEqualTo(4);
    }

    @Test
    void givenNoTerminal_whenTheWizardIsStarted_thenUsageErrorSayingToUseGroupSetAndNothingCreated() {
        shell.prompter.noTerminal();

        Run run = shell.run("group wizard", "94123456");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(shell.messages().text("usage.wizard-needs-terminal", "94123456"))
                .contains("group set");
        assertThat(shell.run("group list", "--format", "json").json().get("groups")).isEmpty();
    }

    @Test
    void givenSomethingThatIsNoGroupNumber_whenTheWizardIsStarted_thenRefusedWithExit1() {
        shell.prompter.answers("never asked");

        Run run = shell.run("group wizard", "12");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(shell.prompter.prompts()).isEmpty();
        assertThat(run.err()).contains("[group-number.length]");
    }

    @Test
    void givenNoNumber_whenTheWizardIsStarted_thenUsageError() {
        shell.prompter.answers();

        Run run = shell.run("group wizard");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(shell.messages().text("usage.missing-argument", "NUMBER"));
    }
}
