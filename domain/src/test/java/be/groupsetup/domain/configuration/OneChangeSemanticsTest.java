package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static be.groupsetup.domain.configuration.ConfigurationFixtures.DUTCH_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.ING_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.RULES;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.accepted;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.completeInputs;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.completeStoredValues;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.empty;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.refused;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** docs/rules.md §4.1: set one or more fields as one change. */
class OneChangeSemanticsTest {

    private static Map<FieldKey, String> inputs(Object... keysAndValues) {
        Map<FieldKey, String> inputs = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            inputs.put((FieldKey) keysAndValues[i], (String) keysAndValues[i + 1]);
        }
        return inputs;
    }

    @Test
    void givenEveryRequiredFieldAsTyped_whenSetInOneChange_thenAllStoredCanonicalTogether() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(completeInputs(), RULES));

        assertThat(ConfigurationFixtures.settableValues(outcome.configuration())).isEqualTo(completeStoredValues());
        assertThat(outcome.configuration().isComplete(RULES)).isTrue();
    }

    @Test
    void givenOneInvalidValueAmongValidOnes_whenChanged_thenWholeChangeRefusedAndNothingStored() {
        GroupConfiguration before = stored(Map.of(FieldKey.COMPANY_NAME, "Ancien nom"));

        ChangeOutcome.Refused outcome = refused(before.change(inputs(
                FieldKey.COMPANY_NAME, "Nouveau nom",
                FieldKey.PHONE, "0470 12 34 56",
                FieldKey.ENTERPRISE_NUMBER, "0428759498"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.ENTERPRISE_NUMBER, Severity.ERROR, "enterprise-number.checksum"));
        assertThat(ConfigurationFixtures.settableValues(before)).containsExactly(Map.entry(FieldKey.COMPANY_NAME, "Ancien nom"));
    }

    @Test
    void givenSeveralInvalidValues_whenChanged_thenEveryErrorReportedAtOnceInScreenOrder() {
        ChangeOutcome.Refused outcome = refused(empty().change(inputs(
                FieldKey.SINGLE_POINT_OF_CONTACT, "13",
                FieldKey.ENTERPRISE_NUMBER, "0428759498",
                FieldKey.PHONE, "0470 12",
                FieldKey.POSTAL_CODE, "999",
                FieldKey.COMPANY_NAME, " "), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code).containsExactly(
                tuple(FieldKey.COMPANY_NAME, Severity.ERROR, "blank"),
                tuple(FieldKey.POSTAL_CODE, Severity.ERROR, "postal-code.format"),
                tuple(FieldKey.PHONE, Severity.ERROR, "phone.invalid"),
                tuple(FieldKey.ENTERPRISE_NUMBER, Severity.ERROR, "enterprise-number.checksum"),
                tuple(FieldKey.SINGLE_POINT_OF_CONTACT, Severity.ERROR, "single-point-of-contact.format"));
    }

    @Test
    void givenAnErrorAndAWarning_whenChanged_thenRefusedWithTheErrorAndTheWarningAboutTheGivenValues() {
        ChangeOutcome.Refused outcome = refused(empty().change(inputs(
                FieldKey.SINGLE_POINT_OF_CONTACT, "300",
                FieldKey.ENTERPRISE_NUMBER, "0428759498"), RULES));

        assertThat(outcome.findings()).extracting(Finding::severity, Finding::code).containsExactly(
                tuple(Severity.ERROR, "enterprise-number.checksum"),
                tuple(Severity.WARNING, "single-point-of-contact.not-christian"));
    }

    @Test
    void givenCrossFieldErrorBetweenAGivenAndAStoredValue_whenChanged_thenRefused() {
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, DUTCH_IBAN));

        ChangeOutcome.Refused outcome = refused(before.change(inputs(FieldKey.BIC, "GEBABEBB"), RULES));

        assertThat(outcome.findings()).filteredOn(Finding::isError).extracting(Finding::field, Finding::code)
                .containsExactly(tuple(FieldKey.BIC, "bic.country-mismatch"));
    }

    @Test
    void givenErrorStoredInAnotherField_whenUnrelatedFieldChanged_thenAcceptedAndThatErrorNotReported() {
        GroupConfiguration before = stored(Map.of(FieldKey.ENTERPRISE_NUMBER, "0428759498"));

        ChangeOutcome.Accepted outcome = accepted(before.change(inputs(FieldKey.COMPANY_NAME, "Infi-Soins"), RULES));

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.configuration().value(FieldKey.COMPANY_NAME)).contains("Infi-Soins");
        assertThat(outcome.configuration().value(FieldKey.ENTERPRISE_NUMBER)).contains("0428759498");
    }

    @Test
    void givenStoredCrossFieldErrorNotInvolvingTheGivenValues_whenChanged_thenAccepted() {
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, DUTCH_IBAN, FieldKey.BIC, "GEBABEBB",
                FieldKey.INAMI, "94123456001"));

        ChangeOutcome.Accepted outcome = accepted(before.change(inputs(FieldKey.PHONE, "02 226 88 88"), RULES));

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.configuration().value(FieldKey.PHONE)).contains("+3222268888");
    }

    @Test
    void givenMissingRequiredFields_whenOneFieldChanged_thenAcceptedWithoutRequiredFindings() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(inputs(FieldKey.STREET, "Rue Haute 1"), RULES));

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.configuration().isComplete(RULES)).isFalse();
    }

    @Test
    void givenWarningsAndNotes_whenAccepted_thenReturnedInScreenOrder() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(inputs(
                FieldKey.SINGLE_POINT_OF_CONTACT, "300",
                FieldKey.ENTERPRISE_NUMBER, "428759497",
                FieldKey.IBAN, ING_IBAN,
                FieldKey.PHONE, "+31 20 123 4567"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code).containsExactly(
                tuple(FieldKey.BIC, Severity.NOTE, "bic.derived"),
                tuple(FieldKey.PHONE, Severity.WARNING, "phone.not-belgian"),
                tuple(FieldKey.ENTERPRISE_NUMBER, Severity.NOTE, "enterprise-number.completed"),
                tuple(FieldKey.SINGLE_POINT_OF_CONTACT, Severity.WARNING, "single-point-of-contact.not-christian"));
        assertThat(outcome.configuration().value(FieldKey.ENTERPRISE_NUMBER)).contains("0428759497");
    }

    @Test
    void givenSeveralFields_whenChanged_thenChangesListOldAndNewValuesInScreenOrder() {
        GroupConfiguration before = stored(Map.of(FieldKey.STREET, "Rue Haute 1", FieldKey.PHONE, "+32470123456"));

        ChangeOutcome.Accepted outcome = accepted(before.change(inputs(
                FieldKey.SINGLE_POINT_OF_CONTACT, "135",
                FieldKey.PHONE, "02 226 88 88",
                FieldKey.IBAN, "be35 3101 2345 6737",
                FieldKey.COMPANY_NAME, "Infi-Soins"), RULES));

        assertThat(outcome.changes()).containsExactly(
                new FieldChange(FieldKey.COMPANY_NAME, null, "Infi-Soins"),
                new FieldChange(FieldKey.IBAN, null, ING_IBAN),
                new FieldChange(FieldKey.BIC, null, "BBRUBEBB"),
                new FieldChange(FieldKey.PHONE, "+32470123456", "+3222268888"),
                new FieldChange(FieldKey.SINGLE_POINT_OF_CONTACT, null, "135"));
        assertThat(outcome.changedAnything()).isTrue();
    }

    @Test
    void givenTheStoredValueInAnotherNotation_whenChanged_thenAcceptedWithNoChangeListed() {
        GroupConfiguration before = stored(Map.of(FieldKey.ENTERPRISE_NUMBER, "0428759497"));

        ChangeOutcome.Accepted outcome = accepted(before.change(inputs(FieldKey.ENTERPRISE_NUMBER, "BE 0428.759.497"), RULES));

        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.changedAnything()).isFalse();
        assertThat(outcome.configuration()).isEqualTo(before);
    }

    @Test
    void givenAcceptedChange_whenDone_thenTheEarlierConfigurationIsUntouched() {
        GroupConfiguration before = stored(Map.of(FieldKey.CITY, "Gent"));

        accepted(before.change(inputs(FieldKey.CITY, "Gand"), RULES));

        assertThat(before.value(FieldKey.CITY)).contains("Gent");
    }

    @Test
    void givenNoField_whenChanged_thenRefusedAsEmptyChange() {
        ChangeOutcome.Refused outcome = refused(empty().change(Map.of(), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(null, Severity.ERROR, "change.empty"));
    }

    @Test
    void givenTheGroupNumber_whenChanged_thenRefusedBecauseOnlyARenameChangesIt() {
        ChangeOutcome.Refused outcome = refused(empty().change(inputs(
                FieldKey.GROUP_NUMBER, "94999999001", FieldKey.CITY, "Gent"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.ERROR, "group-number.not-settable"));
    }

    @Test
    void givenRefusedValueForAStoredField_whenChanged_thenStaleStoredValueNotJudgedAgainstOtherFields() {
        // the stored IBAN is Dutch; the new IBAN is malformed and the new BIC Belgian: only the IBAN error counts
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, DUTCH_IBAN));

        ChangeOutcome.Refused outcome = refused(before.change(inputs(
                FieldKey.IBAN, "BE69539007547034", FieldKey.BIC, "GEBABEBB"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::code)
                .containsExactly(tuple(FieldKey.IBAN, "iban.checksum"));
    }

    @Test
    void givenBlankValue_whenChanged_thenRefusedAsBlankNotTakenAsClearing() {
        GroupConfiguration before = stored(Map.of(FieldKey.STREET, "Rue Haute 1"));

        ChangeOutcome.Refused outcome = refused(before.change(inputs(FieldKey.STREET, "   "), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.STREET, Severity.ERROR, "blank", List.of()));
    }
}
