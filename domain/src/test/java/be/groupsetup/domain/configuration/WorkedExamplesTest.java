package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static be.groupsetup.domain.configuration.ConfigurationFixtures.DUTCH_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.ING_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.RULES;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.accepted;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.empty;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.refused;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * docs/rules.md §1.6, one test per row of the table, each through a change to a configuration as the shell makes it.
 */
class WorkedExamplesTest {

    @Test
    void givenGroupNumber94123456_whenConfigurationCreated_thenStored94123456001WithCompletedNote() {
        Parsed<GroupConfiguration> created = GroupConfiguration.create("94123456");

        assertThat(created.value().groupNumber()).isEqualTo(new GroupNumber("94123456001"));
        assertThat(created.value().value(FieldKey.GROUP_NUMBER)).contains("94123456001");
        assertThat(created.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.NOTE, "group-number.completed"));
    }

    @Test
    void givenEnterpriseBe0428Dot759Dot497_whenSet_thenStored0428759497WithoutFinding() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.ENTERPRISE_NUMBER, "BE 0428.759.497"), RULES));

        assertThat(outcome.configuration().value(FieldKey.ENTERPRISE_NUMBER)).contains("0428759497");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenEnterprise0428759498_whenSet_thenRefusedWithChecksumError() {
        ChangeOutcome.Refused outcome = refused(empty().change(Map.of(FieldKey.ENTERPRISE_NUMBER, "0428759498"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.ENTERPRISE_NUMBER, Severity.ERROR, "enterprise-number.checksum"));
    }

    @Test
    void givenLowerCaseIbanInGroups_whenSet_thenStoredCompactUpperCase() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.IBAN, "be68 5390 0754 7034"), RULES));

        assertThat(outcome.configuration().value(FieldKey.IBAN)).contains("BE68539007547034");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenIngIbanWithoutBic_whenSet_thenBbrubebbStoredWithNote() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.IBAN, "BE35 3101 2345 6737"), RULES));

        assertThat(outcome.configuration().value(FieldKey.IBAN)).contains(ING_IBAN);
        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("BBRUBEBB");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.BIC, Severity.NOTE, "bic.derived",
                        List.of("BBRUBEBB", "ING Belgium", "310")));
    }

    @Test
    void givenIngIbanWithBnpBic_whenSetTogether_thenStoredWithWarningNamingIngAndBbrubebb() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(
                Map.of(FieldKey.IBAN, "BE35 3101 2345 6737", FieldKey.BIC, "GEBABEBB"), RULES));

        assertThat(outcome.configuration().value(FieldKey.IBAN)).contains(ING_IBAN);
        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("GEBABEBB");
        // the warning names the bank the typed BIC belongs to as well (docs/rules.md §1.5)
        assertThat(outcome.findings())
                .extracting(Finding::field, Finding::severity, Finding::code, Finding::messageKey, Finding::arguments)
                .containsExactly(tuple(FieldKey.BIC, Severity.WARNING, "bic.bank-mismatch", "bic.bank-mismatch.known-bic",
                        List.of("310", "ING Belgium", "BBRUBEBB", "BNP Paribas Fortis")));
    }

    @Test
    void givenDutchIbanWithBelgianBicInOneChange_whenSet_thenRefusedNamingBothCountriesAndNothingStored() {
        GroupConfiguration before = empty();

        ChangeOutcome.Refused outcome = refused(before.change(
                Map.of(FieldKey.IBAN, DUTCH_IBAN, FieldKey.BIC, "GEBABEBB"), RULES));

        assertThat(outcome.findings()).filteredOn(Finding::isError)
                .extracting(Finding::field, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.BIC, "bic.country-mismatch", List.of("BE", "NL")));
        assertThat(before.isSet(FieldKey.IBAN)).isFalse();
        assertThat(before.isSet(FieldKey.BIC)).isFalse();
    }

    @Test
    void givenBbrubebbStoredWithItsIngAccount_whenDutchIbanSetAlone_thenStoredWithWarningAndBicClearedWithNote() {
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, ING_IBAN, FieldKey.BIC, "BBRUBEBB"));

        ChangeOutcome.Accepted outcome = accepted(before.change(Map.of(FieldKey.IBAN, DUTCH_IBAN), RULES));

        assertDutchIbanStoredAndBicCleared(outcome);
    }

    @Test
    void givenOnlyBbrubebbStored_whenDutchIbanSetAlone_thenStoredWithWarningAndBicClearedWithNote() {
        // the row read literally: a BIC is stored (no account yet) and the Dutch IBAN comes alone
        GroupConfiguration before = stored(Map.of(FieldKey.BIC, "BBRUBEBB"));

        ChangeOutcome outcome = before.change(Map.of(FieldKey.IBAN, DUTCH_IBAN), RULES);

        assertDutchIbanStoredAndBicCleared(accepted(outcome));
    }

    private static void assertDutchIbanStoredAndBicCleared(ChangeOutcome.Accepted outcome) {
        assertThat(outcome.configuration().value(FieldKey.IBAN)).contains(DUTCH_IBAN);
        assertThat(outcome.configuration().isSet(FieldKey.BIC)).isFalse();
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(
                        tuple(FieldKey.IBAN, Severity.WARNING, "iban.not-belgian", List.of("NL")),
                        tuple(FieldKey.BIC, Severity.NOTE, "bic.cleared", List.of("BBRUBEBB")));
    }

    @Test
    void givenInami41234502001_whenSet_thenFineByTheNinetySevenRule() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.INAMI, "41234502001"), RULES));

        assertThat(outcome.configuration().value(FieldKey.INAMI)).contains("41234502001");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenInami11234502001_whenSet_thenRefusedWithProfessionError() {
        ChangeOutcome.Refused outcome = refused(empty().change(Map.of(FieldKey.INAMI, "11234502001"), RULES));

        assertThat(outcome.findings()).filteredOn(Finding::isError)
                .extracting(Finding::field, Finding::code)
                .containsExactly(tuple(FieldKey.INAMI, "inami.profession"));
        assertThat(outcome.findings()).filteredOn(finding -> !finding.isError())
                .extracting(Finding::severity, Finding::code)
                .containsOnly(tuple(Severity.WARNING, "inami.checksum"));
    }

    @Test
    void givenInami41234502001WithGroupNumber41234502001_whenInamiSet_thenRefusedAsTheNursesOwnNumber() {
        GroupConfiguration group = GroupConfiguration.create("41234502001").value();

        ChangeOutcome.Refused outcome = refused(group.change(Map.of(FieldKey.INAMI, "41234502001"), RULES));

        assertThat(outcome.findings()).filteredOn(Finding::isError)
                .extracting(Finding::field, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, "group-number.nurse-number", List.of("41234502")));
        assertThat(group.isSet(FieldKey.INAMI)).isFalse();
    }

    @Test
    void givenSinglePointOfContact135_300_100_13_whenSet_thenFineWarningWarningError() {
        ChangeOutcome.Accepted christian = accepted(setSinglePointOfContact("135"));
        ChangeOutcome.Accepted otherUnion = accepted(setSinglePointOfContact("300"));
        ChangeOutcome.Accepted nationalAlliance = accepted(setSinglePointOfContact("100"));
        ChangeOutcome.Refused twoDigits = refused(setSinglePointOfContact("13"));

        assertThat(christian.configuration().value(FieldKey.SINGLE_POINT_OF_CONTACT)).contains("135");
        assertThat(christian.findings()).isEmpty();
        assertThat(otherUnion.configuration().value(FieldKey.SINGLE_POINT_OF_CONTACT)).contains("300");
        assertThat(otherUnion.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.SINGLE_POINT_OF_CONTACT, Severity.WARNING,
                        "single-point-of-contact.not-christian"));
        assertThat(nationalAlliance.configuration().value(FieldKey.SINGLE_POINT_OF_CONTACT)).contains("100");
        assertThat(nationalAlliance.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.SINGLE_POINT_OF_CONTACT, Severity.WARNING,
                        "single-point-of-contact.national-union"));
        assertThat(twoDigits.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.SINGLE_POINT_OF_CONTACT, Severity.ERROR,
                        "single-point-of-contact.format"));
    }

    private static ChangeOutcome setSinglePointOfContact(String typed) {
        return empty().change(Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, typed), RULES);
    }

    @Test
    void givenMandateTypeEHealth_whenSet_thenRefusedBecauseGroupsUseAccessRights() {
        GroupConfiguration before = empty();
        ChangeOutcome.Refused outcome = refused(before.change(Map.of(FieldKey.MANDATE_TYPE, "eHealth"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.MANDATE_TYPE, Severity.ERROR, "mandate-type.not-allowed",
                        List.of("eHealth")));
        assertThat(before.value(FieldKey.MANDATE_TYPE)).contains("aucun");
    }
}
