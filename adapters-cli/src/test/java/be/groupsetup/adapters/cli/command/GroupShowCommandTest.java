package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

class GroupShowCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @Test
    void givenACompleteGroup_whenShown_thenEveryLabelInScreenOrderWithReadableValues() {
        shell.withCompleteGroup();

        Run run = shell.run("group show", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines().get(0)).isEqualTo(shell.messages().text("show.title", GROUP,
                "Soins à Domicile L'Aurore SRL"));
        assertThat(run.out()).containsSubsequence("Nom de l’entreprise", "Ville", "Code Postal", "Rue", "IBAN", "BIC",
                "Prénom", "Nom", "Tél", "Type de souscription", "Numéro INAMI", "Partie Tiers Payant / Nr de groupe",
                "Numéro de société", "Unique Point de Contact", "Prest. de soins de refs", "Type de mandat",
                "Nr de mandat", "Ehealth box", "EHealth box type", "EHealth Box Qualité");
        assertThat(run.out()).contains("BE68 5390 0754 7034").contains("4-12345-02-001").contains("0428.759.497")
                .contains(shell.messages().text("check.complete", GROUP));
    }

    @Test
    void givenAnIncompleteGroup_whenShown_thenTheMissingFieldsAreListedButExit0() {
        shell.withGroup();

        Run run = shell.run("group show", "94123456");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("[required]").contains(shell.messages().text("value.not-set"));
    }

    @Test
    void givenAStoredValueTodaysRulesRefuse_whenShown_thenTheErrorIsShownAndExit0() {
        shell.withStored(ShellFixture.storedSetup(Map.of(FieldKey.IBAN, "BE68539007547035")));

        Run run = shell.run("group show", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("[iban.checksum]");
    }

    @Test
    void givenJsonFormat_whenShown_thenGroupValuesInScreenOrderWithNullsAndFlatFindings() {
        shell.withGroup();
        shell.run("group set", GROUP, "--phone", "02/226.88.88", "--single-point-of-contact", "300");

        JsonNode json = shell.run("group show", GROUP, "--format", "json").json();

        assertThat(json.get("group").stringValue()).isEqualTo(GROUP);
        assertThat(json.get("values").propertyNames())
                .containsExactlyElementsOf(Arrays.stream(FieldKey.values()).map(FieldKey::key).toList());
        assertThat(json.get("values").get("phone").stringValue()).isEqualTo("+3222268888");
        assertThat(json.get("values").get("mandate-type").stringValue()).isEqualTo("aucun");
        assertThat(json.get("values").get("mandate-number").stringValue()).isEmpty();
        assertThat(json.get("values").get("iban").isNull()).isTrue();
        assertThat(json.get("findings").isArray()).isTrue();
        for (JsonNode finding : json.get("findings")) {
            assertThat(finding.propertyNames()).contains("field", "severity", "code", "message");
            assertThat(finding.get("field").isString() || finding.get("field").isNull()).isTrue();
            assertThat(finding.get("severity").stringValue()).isIn("error", "warning", "note");
            assertThat(finding.get("code").isString()).isTrue();
            assertThat(finding.get("message").isString()).isTrue();
            for (String key : List.of("field", "severity", "code", "message")) {
                assertThat(finding.get(key).isContainer()).as(key).isFalse();
            }
        }
        assertThat(json.get("findings")).anySatisfy(f -> {
            assertThat(f.get("field").stringValue()).isEqualTo("iban");
            assertThat(f.get("code").stringValue()).isEqualTo("required");
            assertThat(f.get("severity").stringValue()).isEqualTo("error");
        });
        assertThat(json.get("findings")).anySatisfy(f ->
                assertThat(f.get("field").stringValue()).isEqualTo("single-point-of-contact"));
    }

    @Test
    void givenAGroupThatDoesNotExist_whenShown_thenRefusedWithExit1AndTheCommandToCreateIt() {
        Run run = shell.run("group show", "94999999");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains("group new 94999999001");
    }

    @Test
    void givenSomethingThatIsNoGroupNumber_whenShown_thenTheDomainRefusesWithExit1() {
        Run run = shell.run("group show", "abc");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[group-number.format]");
    }

    @Test
    void givenADamagedDocument_whenShown_thenEnvironmentFailureWithExit3InOneLine() {
        shell.withGroup();
        shell.store.damage(new GroupNumber(GROUP), "unexpected end of JSON");

        Run run = shell.run("group show", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains("unexpected end of JSON");
    }

    @Test
    void givenAnUnknownFormat_whenShown_thenUsageError() {
        shell.withGroup();

        Run run = shell.run("group show", GROUP, "--format", "xml");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(shell.messages().text("usage.bad-choice", "--format", "xml", "text, json"));
    }

    @Test
    void givenNoNumber_whenShown_thenUsageError() {
        assertThat(shell.run("group show").exit()).isEqualTo(ExitCode.USAGE);
    }
}
