package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.presentation.view.Findings;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class GroupSetCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @BeforeEach
    void aGroup() {
        shell.withGroup();
    }

    private JsonNode stored() {
        return shell.run("group show", GROUP, "--format", "json").json().get("values");
    }

    @Test
    void givenSeveralFields_whenSet_thenAllStoredAndTheChangesListedOnStandardOutput() {
        Run run = shell.run("group set", GROUP, "--city", "Liège", "--postal-code", "4000");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly(shell.messages().text("change.applied", GROUP, 2),
                "  Ville: — → Liège", "  Code Postal: — → 4000");
        assertThat(run.err()).isEmpty();
        assertThat(stored().get("city").stringValue()).isEqualTo("Liège");
        assertThat(stored().get("postal-code").stringValue()).isEqualTo("4000");
    }

    @Test
    void givenAValueWithBlanksAndApostropheAsOneWord_whenSet_thenStoredWhole() {
        Run run = shell.run("group set", GROUP, "--company-name", "Soins à Domicile L'Aurore SRL");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(stored().get("company-name").stringValue()).isEqualTo("Soins à Domicile L'Aurore SRL");
    }

    @Test
    void givenTheNumberInAnotherAcceptedForm_whenSet_thenTheSameGroupChanges() {
        assertThat(shell.run("group set", "94.123.456", "--city", "Namur").exit()).isEqualTo(ExitCode.OK);
        assertThat(stored().get("city").stringValue()).isEqualTo("Namur");
    }

    @Test
    void givenAnIbanWithoutBic_whenSet_thenTheBicIsDerivedWithANoteOnStandardError() {
        Run run = shell.run("group set", GROUP, "--iban", "BE35 3101 2345 6737");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("BE35 3101 2345 6737").contains("BBRUBEBB");
        assertThat(run.err()).contains("note").contains("BIC");
        assertThat(stored().get("iban").stringValue()).isEqualTo("BE35310123456737");
        assertThat(stored().get("bic").stringValue()).isEqualTo("BBRUBEBB");
    }

    @Test
    void givenAnUnusualValue_whenSet_thenStoredWithTheWarningOnStandardErrorAndExit0() {
        Run run = shell.run("group set", GROUP, "--single-point-of-contact", "300");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("warning").contains("Unique Point de Contact");
        assertThat(run.errLines().get(1)).isEqualTo(Findings.CONTINUATION + shell.messages().text("warning.open",
                "group acknowledge " + GROUP + " single-point-of-contact.not-christian --reason \""
                        + shell.messages().text("warning.reason-placeholder") + "\""));
        assertThat(stored().get("single-point-of-contact").stringValue()).isEqualTo("300");
    }

    @Test
    void givenOneWrongValueAmongSeveral_whenSet_thenNothingIsStoredAndExit1WithEveryError() {
        Run run = shell.run("group set", GROUP, "--city", "Liège", "--iban", "BE68539007547035",
                "--enterprise-number", "0428759498");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("[iban.checksum]").contains("[enterprise-number.checksum]")
                .endsWith(shell.messages().text("change.refused") + System.lineSeparator());
        assertThat(stored().get("city").isNull()).isTrue();
    }

    @Test
    void givenABlankValue_whenSet_thenTheDomainRefusesWithExit1NotAUsageError() {
        Run run = shell.run("group set", GROUP, "--city", "   ");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[blank]");
    }

    @Test
    void givenTheGroupNumberAsAField_whenSet_thenRefusedPointingToRename() {
        Run run = shell.run("group set", GROUP, "--group-number", "94123457001");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[group-number.not-settable]").containsIgnoringCase("rename");
        assertThat(shell.run("group show", GROUP).exit()).isEqualTo(ExitCode.OK);
    }

    @Test
    void givenAMandateType_whenSet_thenRefusedWithTheReasonButNoneIsAccepted() {
        Run refused = shell.run("group set", GROUP, "--mandate-type", "eHealth");
        Run accepted = shell.run("group set", GROUP, "--mandate-type", "none");

        assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains("[mandate-type.not-allowed]").contains("access rights");
        assertThat(accepted.exit()).isEqualTo(ExitCode.OK);
        assertThat(stored().get("mandate-type").stringValue()).isEqualTo("aucun");
    }

    @Test
    void givenAGroupThatDoesNotExist_whenSet_thenRefusedNamingTheCommandThatCreatesIt() {
        Run run = shell.run("group set", "94999999001", "--city", "Liège");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("group new 94999999001");
    }

    @Test
    void givenNoField_whenSet_thenUsageError() {
        Run run = shell.run("group set", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(shell.messages().text("usage.no-field"))
                .contains("Usage: group set NUMBER --KEY VALUE [--KEY VALUE ...]");
    }

    @Test
    void givenAnUnknownFieldKey_whenSet_thenUsageErrorAndNothingStored() {
        Run run = shell.run("group set", GROUP, "--city", "Liège", "--town", "Liège");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--town");
        assertThat(stored().get("city").isNull()).isTrue();
    }

    @Test
    void givenAFieldWithoutValue_whenSet_thenUsageError() {
        assertThat(shell.run("group set", GROUP, "--city").exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void givenTheSameFieldTwice_whenSet_thenUsageError() {
        Run run = shell.run("group set", GROUP, "--city", "Liège", "--city", "Namur");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(shell.messages().text("usage.repeated-option", "--city"));
    }

    @Test
    void givenAnUnquotedValueSplitIntoWords_whenSet_thenUsageErrorSayingToQuote() {
        Run run = shell.run("group set", GROUP, "--company-name", "Soins", "à", "Domicile");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(shell.messages().text("usage.extra-argument", "à"));
    }

    @Test
    void givenJsonFormat_whenSet_thenGroupEveryValueInScreenOrderAndTheFindingsOfThatChange() {
        JsonNode json = shell.run("group set", GROUP, "--single-point-of-contact", "300", "--city", "Liège",
                "--format", "json").json();

        assertThat(json.get("group").stringValue()).isEqualTo(GROUP);
        assertThat(json.get("values").propertyNames())
                .containsExactlyElementsOf(Arrays.stream(FieldKey.values()).map(FieldKey::key).toList());
        assertThat(json.get("values").get("city").stringValue()).isEqualTo("Liège");
        assertThat(json.get("values").get("street").isNull()).isTrue();
        assertThat(json.get("findings")).hasSize(1);
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.get("field").stringValue()).isEqualTo("single-point-of-contact");
        assertThat(finding.get("severity").stringValue()).isEqualTo("warning");
        assertThat(finding.get("code").isString()).isTrue();
        assertThat(finding.get("message").stringValue()).isNotBlank();
    }

    @Test
    void givenJsonFormatAndARefusedChange_whenSet_thenTheValuesAsTheyRemainStoredAndTheErrorsWithExit1() {
        shell.run("group set", GROUP, "--iban", "BE68 5390 0754 7034");

        Run run = shell.run("group set", GROUP, "--iban", "BE68539007547035", "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        JsonNode json = run.json();
        assertThat(json.get("values").get("iban").stringValue()).isEqualTo("BE68539007547034");
        List<String> codes = new ArrayList<>();
        json.get("findings").forEach(f -> {
            assertThat(f.get("severity").stringValue()).isEqualTo("error");
            assertThat(f.get("field").stringValue()).isEqualTo("iban");
            codes.add(f.get("code").stringValue());
        });
        assertThat(codes).contains("iban.checksum");
    }

    @Test
    void givenAMistypedFieldKey_whenSet_thenTheClosestKeyIsSuggestedAndNothingStored() {
        Run run = shell.run("group set", GROUP, "--ibna", "BE68 5390 0754 7034");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines().get(0))
                .isEqualTo("Error: Unknown option --ibna for group set — did you mean --iban?");
        assertThat(stored().get("iban").isNull()).isTrue();
    }
}
