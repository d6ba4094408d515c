package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static be.groupsetup.domain.configuration.ConfigurationFixtures.DUTCH_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.GROUP;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.NURSE_INAMI;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.RULES;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.accepted;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.complete;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.completeStoredValues;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.completeWith;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.empty;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.refused;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Creation, clearing, renaming, checking, completeness, reconstitution and the fixed mandate fields. */
class GroupConfigurationTest {

    private static final Set<FieldKey> REQUIRED_SETTABLE = EnumSet.copyOf(Arrays.stream(FieldKey.values())
            .filter(FieldKey::isRequired).filter(field -> field != FieldKey.GROUP_NUMBER).toList());

    // --- creation -----------------------------------------------------------------------------------------

    @Test
    void givenElevenDigitNumber_whenCreated_thenEmptyConfigurationWithoutFinding() {
        Parsed<GroupConfiguration> created = GroupConfiguration.create("94.123.456-001");

        assertThat(created.value().groupNumber().value()).isEqualTo(GROUP);
        assertThat(ConfigurationFixtures.settableValues(created.value())).isEmpty();
        assertThat(created.findings()).isEmpty();
    }

    @Test
    void givenInvalidNumber_whenCreated_thenRefusedWithTheGroupNumberError() {
        Parsed<GroupConfiguration> created = GroupConfiguration.create("941234");

        assertThat(created.isAccepted()).isFalse();
        assertThat(created.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.ERROR, "group-number.length"));
    }

    @Test
    void givenNewConfiguration_whenValuesAsked_thenGroupNumberAndFixedValuesSetAndTheRestNot() {
        GroupConfiguration configuration = empty();

        assertThat(configuration.value(FieldKey.GROUP_NUMBER)).contains(GROUP);
        assertThat(configuration.value(FieldKey.MANDATE_TYPE)).contains("aucun");
        assertThat(configuration.value(FieldKey.MANDATE_NUMBER)).contains("");
        assertThat(configuration.value(FieldKey.COMPANY_NAME)).isEmpty();
        assertThat(configuration.isSet(FieldKey.IBAN)).isFalse();
        assertThat(configuration.allValues().keySet()).containsExactly(FieldKey.values());
        assertThat(configuration.allValues()).containsEntry(FieldKey.GROUP_NUMBER, GROUP)
                .containsEntry(FieldKey.MANDATE_TYPE, "aucun").containsEntry(FieldKey.CITY, null);
    }

    // --- the fixed mandate fields -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"aucun", "Aucun", "none"})
    void givenNoMandateSpelling_whenMandateTypeSet_thenAcceptedAndItStaysAucunWithNothingStored(String typed) {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.MANDATE_TYPE, typed), RULES));

        assertThat(outcome.configuration().value(FieldKey.MANDATE_TYPE)).contains("aucun");
        assertThat(ConfigurationFixtures.settableValues(outcome.configuration())).doesNotContainKey(FieldKey.MANDATE_TYPE);
        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenMandateNumber_whenSet_thenRefusedAndItStaysEmpty() {
        GroupConfiguration before = empty();

        ChangeOutcome.Refused outcome = refused(before.change(Map.of(FieldKey.MANDATE_NUMBER, "12345"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.MANDATE_NUMBER, Severity.ERROR, "mandate-number.not-allowed"));
        assertThat(before.value(FieldKey.MANDATE_NUMBER)).contains("");
    }

    @Test
    void givenEmptyMandateNumber_whenSet_thenAcceptedWithoutChange() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.MANDATE_NUMBER, ""), RULES));

        assertThat(outcome.configuration().value(FieldKey.MANDATE_NUMBER)).contains("");
        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    void givenMandateValuesInStorage_whenReconstituted_thenIgnoredAndTheFixedValuesShown() {
        GroupConfiguration configuration = stored(Map.of(FieldKey.MANDATE_TYPE, "mandat", FieldKey.MANDATE_NUMBER, "M-42",
                FieldKey.CITY, "Gent"));

        assertThat(configuration.value(FieldKey.MANDATE_TYPE)).contains("aucun");
        assertThat(configuration.value(FieldKey.MANDATE_NUMBER)).contains("");
        assertThat(ConfigurationFixtures.settableValues(configuration)).containsOnlyKeys(FieldKey.CITY);
        assertThat(configuration.check(RULES)).extracting(Finding::field)
                .doesNotContain(FieldKey.MANDATE_TYPE, FieldKey.MANDATE_NUMBER);
    }

    @Test
    void givenMandateFields_whenCleared_thenTheyKeepTheirOnlyValue() {
        ChangeOutcome.Accepted outcome = accepted(complete().clear(Set.of(FieldKey.MANDATE_TYPE, FieldKey.MANDATE_NUMBER)));

        assertThat(outcome.configuration().value(FieldKey.MANDATE_TYPE)).contains("aucun");
        assertThat(outcome.configuration().value(FieldKey.MANDATE_NUMBER)).contains("");
        assertThat(outcome.changes()).isEmpty();
    }

    // --- clearing -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = FieldKey.class, names = {"GROUP_NUMBER", "MANDATE_TYPE", "MANDATE_NUMBER"},
            mode = EnumSource.Mode.EXCLUDE)
    void givenAnySettableField_whenCleared_thenNotSetAnymoreAndTheChangeListed(FieldKey field) {
        GroupConfiguration before = stored(completeWith(Map.of(FieldKey.EHEALTH_BOX, "94123456",
                FieldKey.EHEALTH_BOX_TYPE, "NIHII", FieldKey.EHEALTH_BOX_QUALITY, "GROUP")));
        String old = before.value(field).orElseThrow();

        ChangeOutcome.Accepted outcome = accepted(before.clear(Set.of(field)));

        assertThat(outcome.configuration().isSet(field)).isFalse();
        assertThat(outcome.changes()).containsExactly(new FieldChange(field, old, null));
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenRequiredField_whenCleared_thenConfigurationIncompleteWithRequiredError() {
        ChangeOutcome.Accepted outcome = accepted(complete().clear(Set.of(FieldKey.PHONE)));

        assertThat(outcome.configuration().isComplete(RULES)).isFalse();
        assertThat(outcome.configuration().check(RULES)).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.PHONE, Severity.ERROR, "required"));
    }

    @Test
    void givenSeveralFields_whenCleared_thenChangesInScreenOrder() {
        ChangeOutcome.Accepted outcome = accepted(complete().clear(Set.of(FieldKey.PHONE, FieldKey.CITY, FieldKey.BIC)));

        assertThat(outcome.changes()).extracting(FieldChange::field)
                .containsExactly(FieldKey.CITY, FieldKey.BIC, FieldKey.PHONE);
    }

    @Test
    void givenFieldNotSet_whenCleared_thenAcceptedWithoutChange() {
        ChangeOutcome.Accepted outcome = accepted(empty().clear(Set.of(FieldKey.EHEALTH_BOX)));

        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    void givenTheGroupNumber_whenCleared_thenRefusedAndNothingCleared() {
        ChangeOutcome.Refused outcome = refused(complete().clear(Set.of(FieldKey.GROUP_NUMBER, FieldKey.CITY)));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.ERROR, "group-number.not-clearable"));
    }

    // --- renaming -----------------------------------------------------------------------------------------

    @Test
    void givenNewNumber_whenRenamed_thenSameValuesUnderTheNewNumberAndTheChangeListed() {
        GroupConfiguration before = complete();

        ChangeOutcome.Accepted outcome = accepted(before.renameTo("94-654321-001", RULES));

        assertThat(outcome.configuration().groupNumber()).isEqualTo(new GroupNumber("94654321001"));
        assertThat(ConfigurationFixtures.settableValues(outcome.configuration())).isEqualTo(ConfigurationFixtures.settableValues(before));
        assertThat(outcome.changes()).containsExactly(new FieldChange(FieldKey.GROUP_NUMBER, GROUP, "94654321001"));
        assertThat(outcome.findings()).isEmpty();
        assertThat(before.groupNumber().value()).isEqualTo(GROUP);
    }

    @Test
    void givenEightDigits_whenRenamed_thenCompletedWithNote() {
        ChangeOutcome.Accepted outcome = accepted(empty().renameTo("94654321", RULES));

        assertThat(outcome.configuration().groupNumber().value()).isEqualTo("94654321001");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.NOTE, "group-number.completed"));
    }

    @Test
    void givenOtherPrefix_whenRenamed_thenAcceptedWithPrefixWarning() {
        ChangeOutcome.Accepted outcome = accepted(empty().renameTo("12345678001", RULES));

        assertThat(outcome.findings()).extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.WARNING, "group-number.prefix"));
    }

    @Test
    void givenMalformedNumber_whenRenamed_thenRefused() {
        ChangeOutcome.Refused outcome = refused(empty().renameTo("94-12", RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.ERROR, "group-number.length"));
    }

    @Test
    void givenStoredErrorsInOtherFields_whenRenamed_thenNotBlocked() {
        GroupConfiguration before = stored(Map.of(FieldKey.ENTERPRISE_NUMBER, "0428759498", FieldKey.IBAN, DUTCH_IBAN,
                FieldKey.BIC, "GEBABEBB"));

        assertThat(accepted(before.renameTo("94654321001", RULES)).findings()).isEmpty();
    }

    // --- check --------------------------------------------------------------------------------------------

    @Test
    void givenCompleteValidConfiguration_whenChecked_thenNoFinding() {
        assertThat(complete().check(RULES)).isEmpty();
    }

    @Test
    void givenEmptyConfiguration_whenChecked_thenRequiredErrorForEachRequiredFieldInScreenOrder() {
        List<Finding> findings = empty().check(RULES);

        assertThat(findings).extracting(Finding::field).containsExactly(
                FieldKey.COMPANY_NAME, FieldKey.CITY, FieldKey.POSTAL_CODE, FieldKey.STREET, FieldKey.IBAN, FieldKey.BIC,
                FieldKey.FIRST_NAME, FieldKey.LAST_NAME, FieldKey.PHONE, FieldKey.SUBSCRIPTION_TYPE, FieldKey.INAMI,
                FieldKey.ENTERPRISE_NUMBER, FieldKey.SINGLE_POINT_OF_CONTACT, FieldKey.REFERENCE_CARE_PROVIDER);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.code()).isEqualTo("required");
        });
        assertThat(findings).extracting(Finding::field).containsExactlyInAnyOrderElementsOf(REQUIRED_SETTABLE);
    }

    @Test
    void givenStoredValuesTodaysRulesReject_whenChecked_thenEachReportedWithWarningsInScreenOrder() {
        GroupConfiguration configuration = stored(completeWith(Map.of(
                FieldKey.ENTERPRISE_NUMBER, "0428759498",
                FieldKey.SINGLE_POINT_OF_CONTACT, "300",
                FieldKey.IBAN, DUTCH_IBAN,
                FieldKey.BIC, "GEBABEBB",
                FieldKey.INAMI, "11234502001")));

        assertThat(configuration.check(RULES)).extracting(Finding::field, Finding::severity, Finding::code).containsExactly(
                tuple(FieldKey.IBAN, Severity.WARNING, "iban.not-belgian"),
                tuple(FieldKey.BIC, Severity.ERROR, "bic.country-mismatch"),
                tuple(FieldKey.INAMI, Severity.ERROR, "inami.profession"),
                tuple(FieldKey.INAMI, Severity.WARNING, "inami.checksum"),
                tuple(FieldKey.ENTERPRISE_NUMBER, Severity.ERROR, "enterprise-number.checksum"),
                tuple(FieldKey.SINGLE_POINT_OF_CONTACT, Severity.WARNING, "single-point-of-contact.not-christian"));
    }

    @Test
    void givenStoredValuesTodaysRulesWouldComplete_whenChecked_thenNoNotes() {
        GroupConfiguration configuration = stored(completeWith(Map.of(
                FieldKey.ENTERPRISE_NUMBER, "428759497",
                FieldKey.EHEALTH_BOX, "94123456001",
                FieldKey.EHEALTH_BOX_TYPE, "NIHII",
                FieldKey.EHEALTH_BOX_QUALITY, "GROUP")));

        assertThat(configuration.check(RULES)).noneMatch(finding -> finding.severity() == Severity.NOTE);
        assertThat(configuration.check(RULES)).isEmpty();
    }

    @Test
    void givenStoredCrossFieldProblems_whenChecked_thenReportedAlthoughNoValueWasGiven() {
        GroupConfiguration configuration = stored(completeWith(Map.of(
                FieldKey.POSTAL_CODE, "1300",
                FieldKey.EHEALTH_BOX, "12345",
                FieldKey.EHEALTH_BOX_TYPE, "NIHII")));

        assertThat(configuration.check(RULES)).extracting(Finding::field, Finding::severity, Finding::code).containsExactly(
                tuple(FieldKey.CITY, Severity.WARNING, "city.postal-code-mismatch"),
                tuple(FieldKey.EHEALTH_BOX, Severity.ERROR, "ehealth-box.nihii"),
                tuple(FieldKey.EHEALTH_BOX, Severity.WARNING, "ehealth-box.partial"));
    }

    @Test
    void givenGroupNumberEqualToTheStoredNurseNumber_whenChecked_thenNurseNumberError() {
        GroupConfiguration configuration = GroupConfiguration.reconstitute(new GroupNumber("41234502001"),
                completeStoredValues());

        assertThat(configuration.check(RULES)).extracting(Finding::field, Finding::severity, Finding::code)
                .contains(tuple(FieldKey.GROUP_NUMBER, Severity.ERROR, "group-number.nurse-number"));
        assertThat(configuration.isComplete(RULES)).isFalse();
    }

    @Test
    void givenStoredGroupNumberWithoutThe94Prefix_whenChecked_thenPrefixWarning() {
        // docs/rules.md §1.5: another prefix than 94 is a warning; check re-checks every stored value (the group
        // number too)
        GroupConfiguration configuration = GroupConfiguration.reconstitute(new GroupNumber("12345678001"),
                completeStoredValues());

        assertThat(configuration.check(RULES)).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.WARNING, "group-number.prefix"));
    }

    // --- completeness -------------------------------------------------------------------------------------

    @Test
    void givenEveryRequiredFieldAndNoError_whenAsked_thenComplete() {
        assertThat(complete().isComplete(RULES)).isTrue();
    }

    @Test
    void givenWarningsOnly_whenAsked_thenStillComplete() {
        GroupConfiguration configuration = stored(completeWith(Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, "300",
                FieldKey.EHEALTH_BOX, "94123456")));

        assertThat(configuration.isComplete(RULES)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = FieldKey.class, names = {"COMPANY_NAME", "CITY", "POSTAL_CODE", "STREET", "IBAN", "BIC",
            "FIRST_NAME", "LAST_NAME", "PHONE", "SUBSCRIPTION_TYPE", "INAMI", "ENTERPRISE_NUMBER",
            "SINGLE_POINT_OF_CONTACT", "REFERENCE_CARE_PROVIDER"})
    void givenOneRequiredFieldMissing_whenAsked_thenNotComplete(FieldKey missing) {
        Map<FieldKey, String> values = completeStoredValues();
        values.remove(missing);

        assertThat(stored(values).isComplete(RULES)).isFalse();
    }

    @Test
    void givenOptionalEHealthBoxFieldsEmpty_whenAsked_thenComplete() {
        assertThat(complete().isSet(FieldKey.EHEALTH_BOX)).isFalse();
        assertThat(complete().isComplete(RULES)).isTrue();
    }

    @Test
    void givenStoredValueWithAnError_whenAsked_thenNotComplete() {
        assertThat(stored(completeWith(Map.of(FieldKey.ENTERPRISE_NUMBER, "0999999922"))).isComplete(RULES)).isFalse();
    }

    // --- reconstitution -----------------------------------------------------------------------------------

    @Test
    void givenStoredValueTodaysRulesReject_whenReconstituted_thenLoadedAsStoredAndReportedByCheck() {
        GroupConfiguration configuration = stored(Map.of(FieldKey.ENTERPRISE_NUMBER, "0428759498"));

        assertThat(configuration.value(FieldKey.ENTERPRISE_NUMBER)).contains("0428759498");
        assertThat(configuration.check(RULES)).extracting(Finding::field, Finding::code)
                .contains(tuple(FieldKey.ENTERPRISE_NUMBER, "enterprise-number.checksum"));
    }

    @Test
    void givenStoredValuesInAnyForm_whenReconstituted_thenTrustedWithoutNormalisation() {
        GroupConfiguration configuration = stored(Map.of(FieldKey.IBAN, "be68 5390 0754 7034"));

        assertThat(configuration.value(FieldKey.IBAN)).contains("be68 5390 0754 7034");
    }

    @Test
    void givenBlankOrNullStoredValues_whenReconstituted_thenReadAsNotSet() {
        Map<FieldKey, String> values = new HashMap<>();
        values.put(FieldKey.CITY, "  ");
        values.put(FieldKey.STREET, null);
        values.put(FieldKey.PHONE, "");
        values.put(FieldKey.COMPANY_NAME, "Infi-Soins");

        GroupConfiguration configuration = stored(values);

        assertThat(ConfigurationFixtures.settableValues(configuration)).containsOnlyKeys(FieldKey.COMPANY_NAME);
        assertThat(configuration.isSet(FieldKey.CITY)).isFalse();
    }

    @Test
    void givenGroupNumberInTheStoredValues_whenReconstituted_thenTheIdentityWins() {
        GroupConfiguration configuration = stored(Map.of(FieldKey.GROUP_NUMBER, "94999999001"));

        assertThat(configuration.value(FieldKey.GROUP_NUMBER)).contains(GROUP);
        assertThat(ConfigurationFixtures.settableValues(configuration)).isEmpty();
    }

    @Test
    void givenSameNumberAndValues_whenCompared_thenEqual() {
        assertThat(stored(completeStoredValues())).isEqualTo(complete()).hasSameHashCodeAs(complete());
        assertThat(complete()).isNotEqualTo(empty());
    }

    @Test
    void givenConfigurationWithPersonalData_whenPrinted_thenOnlyTheNumberAndFieldCountShown() {
        assertThat(complete().toString()).contains(GROUP).doesNotContain("Françoise", NURSE_INAMI);
    }

    @Test
    void givenBothNamesOrOnlyOne_whenTheRepresentingNurseIsAsked_thenFirstAndLastNameOrNothing() {
        GroupConfiguration onlyFirst = accepted(empty().change(Map.of(FieldKey.FIRST_NAME, "Marie"), RULES)).configuration();
        GroupConfiguration both = accepted(onlyFirst.change(Map.of(FieldKey.LAST_NAME, "D'Hondt"), RULES)).configuration();

        assertThat(empty().representingNurse()).isEmpty();
        assertThat(onlyFirst.representingNurse()).isEmpty();
        assertThat(both.representingNurse()).contains("Marie D'Hondt");
    }
}
