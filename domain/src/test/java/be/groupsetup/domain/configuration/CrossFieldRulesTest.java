package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static be.groupsetup.domain.configuration.ConfigurationFixtures.BANK_WITHOUT_BIC_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.BNP_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.DUTCH_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.ING_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.NATIONAL_BANK_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.NURSE_INAMI;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.RULES;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.UNLISTED_BANK_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.accepted;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.empty;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.refused;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The rules of docs/rules.md §1.5 that tie fields together, applied by a change (§4.1). */
class CrossFieldRulesTest {

    // --- BIC against IBAN ---------------------------------------------------------------------------------

    @Test
    void givenDutchIbanStored_whenBelgianBicSet_thenRefusedWithCountryMismatchError() {
        ChangeOutcome.Refused outcome = refused(stored(Map.of(FieldKey.IBAN, DUTCH_IBAN))
                .change(Map.of(FieldKey.BIC, "GEBABEBB"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.BIC, Severity.ERROR, "bic.country-mismatch", List.of("BE", "NL")));
    }

    @Test
    void givenBelgianIbanStored_whenDutchBicSet_thenRefusedWithCountryMismatchError() {
        ChangeOutcome.Refused outcome = refused(stored(Map.of(FieldKey.IBAN, ING_IBAN))
                .change(Map.of(FieldKey.BIC, "ABNANL2A"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.BIC, Severity.ERROR, "bic.country-mismatch", List.of("NL", "BE")));
    }

    @Test
    void givenDutchIbanAndDutchBic_whenSetTogether_thenAcceptedWithOnlyTheNotBelgianWarning() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(
                Map.of(FieldKey.IBAN, DUTCH_IBAN, FieldKey.BIC, "ABNANL2A"), RULES));

        assertThat(outcome.findings()).extracting(Finding::code).containsExactly("iban.not-belgian");
    }

    @Test
    void givenIngIbanStored_whenBicOfAnotherBankSet_thenAcceptedWithBankMismatchWarningNamingBothBanks() {
        ChangeOutcome.Accepted outcome = accepted(stored(Map.of(FieldKey.IBAN, ING_IBAN))
                .change(Map.of(FieldKey.BIC, "KREDBEBB"), RULES));

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("KREDBEBB");
        assertThat(outcome.findings())
                .extracting(Finding::field, Finding::severity, Finding::code, Finding::messageKey, Finding::arguments)
                .containsExactly(tuple(FieldKey.BIC, Severity.WARNING, "bic.bank-mismatch", "bic.bank-mismatch.known-bic",
                        List.of("310", "ING Belgium", "BBRUBEBB", "KBC Bank")));
    }

    @Test
    void givenIngIbanStored_whenBicTheTableDoesNotKnowSet_thenBankMismatchWarningNamesOnlyTheExpectedBank() {
        ChangeOutcome.Accepted outcome = accepted(stored(Map.of(FieldKey.IBAN, ING_IBAN))
                .change(Map.of(FieldKey.BIC, "ABCDBEBB"), RULES));

        assertThat(outcome.findings())
                .extracting(Finding::field, Finding::severity, Finding::code, Finding::messageKey, Finding::arguments)
                .containsExactly(tuple(FieldKey.BIC, Severity.WARNING, "bic.bank-mismatch", "bic.bank-mismatch",
                        List.of("310", "ING Belgium", "BBRUBEBB")));
    }

    @Test
    void givenIngIbanStored_whenBranchOfAnotherKnownBankSet_thenThatBankIsFoundByItsFirstEightCharacters() {
        ChangeOutcome.Accepted outcome = accepted(stored(Map.of(FieldKey.IBAN, ING_IBAN))
                .change(Map.of(FieldKey.BIC, "GEBABEBB36A"), RULES));

        assertThat(outcome.findings()).extracting(Finding::messageKey, Finding::arguments)
                .containsExactly(tuple("bic.bank-mismatch.known-bic",
                        List.of("310", "ING Belgium", "BBRUBEBB", "BNP Paribas Fortis")));
    }

    @Test
    void givenBnpIbanAndTheIngBicStored_whenChecked_thenTheWarningNamesIngUnderItsMostUsedName() {
        // the table lists BBRUBEBB as "ING Belgium" (codes 300-399 among others) and as "ING België" (a few codes)
        GroupConfiguration configuration = stored(Map.of(FieldKey.IBAN, BNP_IBAN, FieldKey.BIC, "BBRUBEBB"));

        assertThat(configuration.check(RULES)).filteredOn(finding -> finding.field() == FieldKey.BIC)
                .extracting(Finding::code, Finding::messageKey, Finding::arguments)
                .containsExactly(tuple("bic.bank-mismatch", "bic.bank-mismatch.known-bic",
                        List.of("001", "BNP Paribas Fortis", "GEBABEBB", "ING Belgium")));
    }

    @Test
    void givenIngIbanStored_whenBranchBicOfTheSameBankSet_thenNoWarningBecauseOnlyTheFirstEightCount() {
        ChangeOutcome.Accepted outcome = accepted(stored(Map.of(FieldKey.IBAN, ING_IBAN))
                .change(Map.of(FieldKey.BIC, "BBRUBEBB010"), RULES));

        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenTableBicOfElevenCharacters_whenItsFirstEightSet_thenNoWarning() {
        ChangeOutcome.Accepted outcome = accepted(stored(Map.of(FieldKey.IBAN, NATIONAL_BANK_IBAN))
                .change(Map.of(FieldKey.BIC, "NBBEBEBB"), RULES));

        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenBankUnknownToTheTable_whenAnyBelgianBicSet_thenNoBankWarning() {
        assertThat(accepted(stored(Map.of(FieldKey.IBAN, UNLISTED_BANK_IBAN))
                .change(Map.of(FieldKey.BIC, "GEBABEBB"), RULES)).findings()).isEmpty();
        assertThat(accepted(stored(Map.of(FieldKey.IBAN, BANK_WITHOUT_BIC_IBAN))
                .change(Map.of(FieldKey.BIC, "GEBABEBB"), RULES)).findings()).isEmpty();
    }

    @Test
    void givenNoIbanStored_whenBicSet_thenAcceptedWithoutBankCheck() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.BIC, "ABNANL2A"), RULES));

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("ABNANL2A");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenBelfiusIbanWithBnpBic_whenSetTogether_thenWarningNamesBelfiusAndItsBic() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(
                Map.of(FieldKey.IBAN, "BE71 0961 2345 6769", FieldKey.BIC, "GEBABEBB"), RULES));

        assertThat(outcome.findings()).extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("bic.bank-mismatch",
                        List.of("096", "BELFIUS BANQUE", "GKCCBEBB", "BNP Paribas Fortis")));
    }

    // --- group number against the nurse's INAMI number ----------------------------------------------------

    @Test
    void givenGroupNumberEqualToTheNewInami_whenInamiSet_thenRefusedWithNurseNumberErrorOnTheGroupNumber() {
        GroupConfiguration group = GroupConfiguration.reconstitute(new GroupNumber("41234502001"), Map.of());

        ChangeOutcome.Refused outcome = refused(group.change(Map.of(FieldKey.INAMI, "4-12345-02-001"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.ERROR, "group-number.nurse-number",
                        List.of("41234502")));
    }

    @Test
    void givenGroupNumberWithTheNursesFirstEightDigitsButAnotherQualification_whenInamiSet_thenRefused() {
        GroupConfiguration group = GroupConfiguration.reconstitute(new GroupNumber("41234502001"), Map.of());

        ChangeOutcome.Refused outcome = refused(group.change(Map.of(FieldKey.INAMI, "41234502002"), RULES));

        assertThat(outcome.findings()).extracting(Finding::code).containsExactly("group-number.nurse-number");
    }

    @Test
    void givenGroupNumberOfTheGroup_whenNurseInamiSet_thenAccepted() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.INAMI, NURSE_INAMI), RULES));

        assertThat(outcome.configuration().value(FieldKey.INAMI)).contains(NURSE_INAMI);
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenNursesNumberStoredAsInami_whenRenamedToIt_thenRefused() {
        GroupConfiguration group = stored(Map.of(FieldKey.INAMI, NURSE_INAMI));

        ChangeOutcome.Refused outcome = refused(group.renameTo("41234502001", RULES));

        assertThat(outcome.findings()).filteredOn(Finding::isError)
                .extracting(Finding::field, Finding::code)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, "group-number.nurse-number"));
    }

    @Test
    void givenNursesNumberStoredAsInami_whenRenamedToItsFirstEightDigits_thenCompletedAndRefused() {
        GroupConfiguration group = stored(Map.of(FieldKey.INAMI, NURSE_INAMI));

        ChangeOutcome.Refused outcome = refused(group.renameTo("4123 4502", RULES));

        assertThat(outcome.findings()).extracting(Finding::severity, Finding::code).contains(
                tuple(Severity.NOTE, "group-number.completed"),
                tuple(Severity.ERROR, "group-number.nurse-number"));
    }

    @Test
    void givenStoredGroupNumberEqualToStoredInami_whenUnrelatedFieldChanged_thenAccepted() {
        GroupConfiguration group = GroupConfiguration.reconstitute(new GroupNumber("41234502001"),
                Map.of(FieldKey.INAMI, NURSE_INAMI));

        assertThat(accepted(group.change(Map.of(FieldKey.CITY, "Gent"), RULES)).findings()).isEmpty();
    }

    // --- city against postal code -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "1420, Braine-l'Alleud",
            "1420, braine l alleud",
            "1420, BRAINE-L’ALLEUD",
            "1420, BraineLAlleud",
            "1420, Eigenbrakel",
            "4000, LIEGE",
            "4000, luik",
            "4000, Liège",
            "6747, saint leger",
            "6747, SAINT-LÉGER",
            "6747, Meix le Tige",
            "9000, Gand",
            "1000, Bruxelles",
            "1000, Brussels",
            "1000, brussel",
            "1050, Ixelles",
            "1050, Bruxelles",
            "1050, Brussel",
            "1050, Brussels",
            "1210, Brussels",
            "1200, Woluwé-Saint-Lambert"
    })
    void givenCityMatchingAnAcceptedNameOfThePostalCode_whenSetTogether_thenNoWarning(String postalCode, String city) {
        ChangeOutcome.Accepted outcome = accepted(empty().change(
                Map.of(FieldKey.POSTAL_CODE, postalCode, FieldKey.CITY, city), RULES));

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.configuration().value(FieldKey.CITY)).contains(city);
    }

    @Test
    void givenCityOfAnotherPostalCode_whenSet_thenAcceptedWithWarningNamingTheAcceptedNames() {
        GroupConfiguration before = stored(Map.of(FieldKey.POSTAL_CODE, "1300"));

        ChangeOutcome.Accepted outcome = accepted(before.change(Map.of(FieldKey.CITY, "Bruxelles"), RULES));

        assertThat(outcome.configuration().value(FieldKey.CITY)).contains("Bruxelles");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.CITY, Severity.WARNING, "city.postal-code-mismatch",
                        List.of("Bruxelles", "1300", "Waver, Wavre, Limal")));
    }

    @Test
    void givenCityStored_whenPostalCodeThatDoesNotMatchSet_thenAcceptedWithTheCityWarning() {
        GroupConfiguration before = stored(Map.of(FieldKey.CITY, "Gent"));

        ChangeOutcome.Accepted outcome = accepted(before.change(Map.of(FieldKey.POSTAL_CODE, "4000"), RULES));

        assertThat(outcome.configuration().value(FieldKey.POSTAL_CODE)).contains("4000");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.CITY, Severity.WARNING, "city.postal-code-mismatch",
                        List.of("Gent", "4000", "Liège, Luik, Glain, Rocourt")));
    }

    @Test
    void givenPostalCodeWithManyNames_whenCityMismatches_thenWarningNamesOnlyFive() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(
                Map.of(FieldKey.POSTAL_CODE, "4280", FieldKey.CITY, "Bruxelles"), RULES));

        Finding warning = outcome.findings().get(0);
        assertThat(warning.code()).isEqualTo("city.postal-code-mismatch");
        assertThat(warning.arguments().get(2).split(", "))
                .containsExactly("Hannuit", "Hannut", "Abolens", "Avernas-Le-Bauduin", "Avin");
    }

    @Test
    void givenBrusselsRegionNameOutsideTheRegion_whenSet_thenWarning() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(
                Map.of(FieldKey.POSTAL_CODE, "9000", FieldKey.CITY, "Brussels"), RULES));

        assertThat(outcome.findings()).extracting(Finding::code).containsExactly("city.postal-code-mismatch");
    }

    @Test
    void givenPostalCodeMissingFromTheTable_whenCitySet_thenOnlyThePostalCodeWarning() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(
                Map.of(FieldKey.POSTAL_CODE, "1001", FieldKey.CITY, "Nulle-Part"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.POSTAL_CODE, Severity.WARNING, "postal-code.unknown"));
    }

    @Test
    void givenCityMismatchStored_whenUnrelatedFieldChanged_thenNoCityWarning() {
        GroupConfiguration before = stored(Map.of(FieldKey.POSTAL_CODE, "1300", FieldKey.CITY, "Gent"));

        assertThat(accepted(before.change(Map.of(FieldKey.STREET, "Rue Haute 1"), RULES)).findings()).isEmpty();
    }

    @Test
    void givenBrusselsPostalCode_whenCityMismatched_thenTableNamesMergedAndTheRegionNamesAdded() {
        assertThat(namesOffered("1000")).isEqualTo("Brussel, Bruxelles, Brussels");
        assertThat(namesOffered("1050")).isEqualTo("Elsene, Ixelles, Bruxelles, Brussel, Brussels");
        assertThat(namesOffered("4000")).isEqualTo("Liège, Luik, Glain, Rocourt");
    }

    /** The accepted names the city mismatch warning lists for a postal code. */
    private static String namesOffered(String postalCode) {
        List<Finding> findings = accepted(GroupConfiguration.empty(new GroupNumber(ConfigurationFixtures.GROUP))
                .change(Map.of(FieldKey.POSTAL_CODE, postalCode, FieldKey.CITY, "Namur"), RULES)).findings();
        assertThat(findings).extracting(Finding::code).containsExactly("city.postal-code-mismatch");
        return (String) findings.get(0).arguments().get(2);
    }

    // --- eHealthBox ---------------------------------------------------------------------------------------

    @Test
    void givenOnlyTheBoxIdentifier_whenSet_thenAcceptedWithPartialWarningNamingTheMissingFields() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.EHEALTH_BOX, "94123456"), RULES));

        assertThat(outcome.configuration().value(FieldKey.EHEALTH_BOX)).contains("94123456");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX, Severity.WARNING, "ehealth-box.partial",
                        List.of("ehealth-box-type, ehealth-box-quality")));
    }

    @Test
    void givenOnlyTheBoxType_whenSet_thenPartialWarningOnTheBoxField() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.EHEALTH_BOX_TYPE, "NIHII"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX, Severity.WARNING, "ehealth-box.partial",
                        List.of("ehealth-box, ehealth-box-quality")));
    }

    @Test
    void givenNoBoxField_whenOtherFieldsSet_thenNoPartialWarning() {
        assertThat(accepted(empty().change(Map.of(FieldKey.CITY, "Gent"), RULES)).findings()).isEmpty();
    }

    @Test
    void givenTwoBoxFieldsStored_whenTheThirdSet_thenNoPartialWarning() {
        GroupConfiguration before = stored(Map.of(FieldKey.EHEALTH_BOX, "94123456", FieldKey.EHEALTH_BOX_TYPE, "NIHII"));

        ChangeOutcome.Accepted outcome = accepted(before.change(Map.of(FieldKey.EHEALTH_BOX_QUALITY, "group"), RULES));

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.configuration().value(FieldKey.EHEALTH_BOX_QUALITY)).contains("GROUP");
    }

    @Test
    void givenGroupBoxWithElevenDigitGroupNumber_whenSet_thenShortenedToEightDigitsWithNote() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(
                FieldKey.EHEALTH_BOX, "94123456-001",
                FieldKey.EHEALTH_BOX_TYPE, "NIHII",
                FieldKey.EHEALTH_BOX_QUALITY, "GROUP"), RULES));

        assertThat(outcome.configuration().value(FieldKey.EHEALTH_BOX)).contains("94123456");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX, Severity.NOTE, "ehealth-box.shortened"));
        assertThat(outcome.changes()).contains(new FieldChange(FieldKey.EHEALTH_BOX, null, "94123456"));
    }

    @Test
    void givenElevenDigitNihiiBoxStored_whenQualityChangedToGroup_thenShortenedWithNote() {
        GroupConfiguration before = stored(Map.of(FieldKey.EHEALTH_BOX, "94123456001", FieldKey.EHEALTH_BOX_TYPE, "NIHII",
                FieldKey.EHEALTH_BOX_QUALITY, "NURSE"));

        ChangeOutcome.Accepted outcome = accepted(before.change(Map.of(FieldKey.EHEALTH_BOX_QUALITY, "GROUP"), RULES));

        assertThat(outcome.configuration().value(FieldKey.EHEALTH_BOX)).contains("94123456");
        assertThat(outcome.findings()).extracting(Finding::code).containsExactly("ehealth-box.shortened");
    }

    @Test
    void givenNurseBoxWithElevenDigits_whenSet_thenKeptAsTyped() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(
                FieldKey.EHEALTH_BOX, NURSE_INAMI,
                FieldKey.EHEALTH_BOX_TYPE, "INAMI",
                FieldKey.EHEALTH_BOX_QUALITY, "nurse"), RULES));

        assertThat(outcome.configuration().value(FieldKey.EHEALTH_BOX)).contains(NURSE_INAMI);
        assertThat(outcome.configuration().value(FieldKey.EHEALTH_BOX_TYPE)).contains("NIHII");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenSsinAlias_whenBoxSetWithAValidNationalNumber_thenStoredAsInssSilently() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(
                FieldKey.EHEALTH_BOX, "85.07.30-033.28",
                FieldKey.EHEALTH_BOX_TYPE, "SSIN",
                FieldKey.EHEALTH_BOX_QUALITY, "NURSE"), RULES));

        assertThat(outcome.configuration().value(FieldKey.EHEALTH_BOX)).contains("85073003328");
        assertThat(outcome.configuration().value(FieldKey.EHEALTH_BOX_TYPE)).contains("INSS");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenCbeBoxWithWrongEnterpriseNumber_whenSet_thenRefusedWithChecksumErrorOnTheBox() {
        ChangeOutcome.Refused outcome = refused(empty().change(Map.of(
                FieldKey.EHEALTH_BOX, "0428759498",
                FieldKey.EHEALTH_BOX_TYPE, "CBE",
                FieldKey.EHEALTH_BOX_QUALITY, "INSTITUTION"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX, Severity.ERROR, "enterprise-number.checksum"));
    }

    @Test
    void givenNihiiBoxStored_whenTypeChangedToInss_thenRefusedBecauseTheIdentifierIsNoNationalNumber() {
        GroupConfiguration before = stored(Map.of(FieldKey.EHEALTH_BOX, "94123456", FieldKey.EHEALTH_BOX_TYPE, "NIHII",
                FieldKey.EHEALTH_BOX_QUALITY, "GROUP"));

        ChangeOutcome.Refused outcome = refused(before.change(Map.of(FieldKey.EHEALTH_BOX_TYPE, "NISS"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX, Severity.ERROR, "inss.length"));
    }

    @Test
    void givenNihiiTypeStored_whenIdentifierOfNineDigitsSet_thenRefusedWithNihiiError() {
        GroupConfiguration before = stored(Map.of(FieldKey.EHEALTH_BOX_TYPE, "NIHII", FieldKey.EHEALTH_BOX_QUALITY, "GROUP"));

        ChangeOutcome.Refused outcome = refused(before.change(Map.of(FieldKey.EHEALTH_BOX, "941234560"), RULES));

        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX, Severity.ERROR, "ehealth-box.nihii"));
    }

    @Test
    void givenUnknownTypeAndQuality_whenBoxSet_thenAcceptedWithBothWarningsAndIdentifierOnlyNormalised() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(
                FieldKey.EHEALTH_BOX, "abc-123",
                FieldKey.EHEALTH_BOX_TYPE, "EHP",
                FieldKey.EHEALTH_BOX_QUALITY, "DOCTOR"), RULES));

        assertThat(outcome.configuration().value(FieldKey.EHEALTH_BOX)).contains("ABC123");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code).containsExactly(
                tuple(FieldKey.EHEALTH_BOX_TYPE, Severity.WARNING, "ehealth-box-type.unknown"),
                tuple(FieldKey.EHEALTH_BOX_QUALITY, Severity.WARNING, "ehealth-box-quality.unknown"));
    }

    @Test
    void givenIdentifierStoredThatItsStoredTypeRejects_whenOnlyTheQualityChanged_thenAccepted() {
        // docs/rules.md §4.1: errors in fields not being changed never block;
        // the NIHII length rule does not involve the quality
        GroupConfiguration before = stored(Map.of(FieldKey.EHEALTH_BOX, "12345", FieldKey.EHEALTH_BOX_TYPE, "NIHII",
                FieldKey.EHEALTH_BOX_QUALITY, "NURSE"));

        ChangeOutcome outcome = before.change(Map.of(FieldKey.EHEALTH_BOX_QUALITY, "GROUP"), RULES);

        assertThat(accepted(outcome).configuration().value(FieldKey.EHEALTH_BOX_QUALITY)).contains("GROUP");
    }
}
