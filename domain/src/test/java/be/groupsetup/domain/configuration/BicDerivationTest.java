package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static be.groupsetup.domain.configuration.ConfigurationFixtures.BANK_WITHOUT_BIC_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.BNP_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.DUTCH_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.ING_320_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.ING_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.OTHER_ING_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.RULES;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.UNLISTED_BANK_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.accepted;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.complete;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.empty;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** docs/rules.md §1.5, BIC derivation: the BIC when an IBAN is set and no BIC is given in the same change. */
class BicDerivationTest {

    private static ChangeOutcome.Accepted setIban(GroupConfiguration before, String iban) {
        return accepted(before.change(Map.of(FieldKey.IBAN, iban), RULES));
    }

    @Test
    void givenNoBicStored_whenIbanOfABankTheTableKnowsSet_thenTableBicStoredWithNote() {
        ChangeOutcome.Accepted outcome = setIban(empty(), BNP_IBAN);

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("GEBABEBB");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.BIC, Severity.NOTE, "bic.derived",
                        List.of("GEBABEBB", "BNP Paribas Fortis", "001")));
        assertThat(outcome.changes()).containsExactly(
                new FieldChange(FieldKey.IBAN, null, BNP_IBAN), new FieldChange(FieldKey.BIC, null, "GEBABEBB"));
    }

    @Test
    void givenNoBicStored_whenIbanOfAnUnlistedBankSet_thenNoBicAndNoNote() {
        ChangeOutcome.Accepted outcome = setIban(empty(), UNLISTED_BANK_IBAN);

        assertThat(outcome.configuration().isSet(FieldKey.BIC)).isFalse();
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenNoBicStored_whenIbanOfABankListedWithoutBicSet_thenNoBicAndNoNote() {
        ChangeOutcome.Accepted outcome = setIban(empty(), BANK_WITHOUT_BIC_IBAN);

        assertThat(outcome.configuration().isSet(FieldKey.BIC)).isFalse();
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenNoBicStored_whenForeignIbanSet_thenNoBicAndOnlyTheNotBelgianWarning() {
        ChangeOutcome.Accepted outcome = setIban(empty(), DUTCH_IBAN);

        assertThat(outcome.configuration().isSet(FieldKey.BIC)).isFalse();
        assertThat(outcome.findings()).extracting(Finding::code).containsExactly("iban.not-belgian");
    }

    @Test
    void givenLegacyBicStored_whenAnotherAccountOfTheSameBankSet_thenStoredBicKeptWithoutNote() {
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, ING_IBAN, FieldKey.BIC, "BBRUBEBB010"));

        ChangeOutcome.Accepted outcome = setIban(before, "BE02 3107 6543 2140");

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("BBRUBEBB010");
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.changes()).containsExactly(new FieldChange(FieldKey.IBAN, ING_IBAN, OTHER_ING_IBAN));
    }

    @Test
    void givenBicOfAnotherBankTypedOnPurpose_whenAnotherAccountOfTheSameBankSet_thenKeptWithTheBankMismatchWarning() {
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, ING_IBAN, FieldKey.BIC, "GEBABEBB"));

        ChangeOutcome.Accepted outcome = setIban(before, OTHER_ING_IBAN);

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("GEBABEBB");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.BIC, Severity.WARNING, "bic.bank-mismatch"));
    }

    @Test
    void givenBicStored_whenIbanOfAnotherBankSet_thenTableBicReplacesItWithNote() {
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, ING_IBAN, FieldKey.BIC, "BBRUBEBB"));

        ChangeOutcome.Accepted outcome = setIban(before, BNP_IBAN);

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("GEBABEBB");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.BIC, Severity.NOTE, "bic.derived",
                        List.of("GEBABEBB", "BNP Paribas Fortis", "001")));
        assertThat(outcome.changes()).containsExactly(
                new FieldChange(FieldKey.IBAN, ING_IBAN, BNP_IBAN), new FieldChange(FieldKey.BIC, "BBRUBEBB", "GEBABEBB"));
    }

    @Test
    void givenLegacyBicStored_whenIbanWithAnotherBankCodeOfTheSameInstitutionSet_thenTableBicStoredWithNote() {
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, ING_IBAN, FieldKey.BIC, "BBRUBEBB010"));

        ChangeOutcome.Accepted outcome = setIban(before, ING_320_IBAN);

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("BBRUBEBB");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.BIC, Severity.NOTE, "bic.derived",
                        List.of("BBRUBEBB", "ING Belgium", "320")));
    }

    @Test
    void givenTheTableBicAlreadyStored_whenIbanWithAnotherBankCodeOfTheSameInstitutionSet_thenBicUnchangedWithoutNote() {
        // nothing about the BIC changes, so nothing was completed (docs/rules.md §1.2: a note is a change of content)
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, ING_IBAN, FieldKey.BIC, "BBRUBEBB"));

        ChangeOutcome.Accepted outcome = setIban(before, ING_320_IBAN);

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("BBRUBEBB");
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.changes()).extracting(FieldChange::field).containsExactly(FieldKey.IBAN);
    }

    @Test
    void givenBicStored_whenIbanOfABankUnknownToTheTableSet_thenStoredBicClearedWithNoteAndConfigurationIncomplete() {
        GroupConfiguration before = complete();

        ChangeOutcome.Accepted outcome = setIban(before, UNLISTED_BANK_IBAN);

        assertThat(outcome.configuration().isSet(FieldKey.BIC)).isFalse();
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.BIC, Severity.NOTE, "bic.cleared", List.of("BBRUBEBB")));
        assertThat(outcome.changes()).containsExactly(
                new FieldChange(FieldKey.IBAN, ING_IBAN, UNLISTED_BANK_IBAN), new FieldChange(FieldKey.BIC, "BBRUBEBB", null));
        assertThat(outcome.configuration().isComplete(RULES)).isFalse();
        assertThat(outcome.configuration().check(RULES)).extracting(Finding::field, Finding::code)
                .containsExactly(tuple(FieldKey.BIC, "required"));
    }

    @Test
    void givenBicStored_whenIbanOfABankListedWithoutBicSet_thenStoredBicClearedWithNote() {
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, ING_IBAN, FieldKey.BIC, "BBRUBEBB"));

        ChangeOutcome.Accepted outcome = setIban(before, BANK_WITHOUT_BIC_IBAN);

        assertThat(outcome.configuration().isSet(FieldKey.BIC)).isFalse();
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.BIC, Severity.NOTE, "bic.cleared"));
    }

    @Test
    void givenBicStoredForAnIbanTodaysRulesReject_whenNewIbanSet_thenTreatedAsAnotherBank() {
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, "BE69539007547034", FieldKey.BIC, "GKCCBEBB"));

        ChangeOutcome.Accepted outcome = setIban(before, ING_IBAN);

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("BBRUBEBB");
        assertThat(outcome.findings()).extracting(Finding::code).containsExactly("bic.derived");
    }

    @Test
    void givenBicGivenInTheSameChange_whenIbanOfAnotherBankSet_thenGivenBicStoredAndNothingDerived() {
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, ING_IBAN, FieldKey.BIC, "BBRUBEBB"));

        ChangeOutcome.Accepted outcome = accepted(before.change(
                Map.of(FieldKey.IBAN, BNP_IBAN, FieldKey.BIC, "gebabebbxxx"), RULES));

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("GEBABEBBXXX");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenBicGivenInTheSameChange_whenIbanOfAnUnlistedBankSet_thenGivenBicStoredAndNotCleared() {
        ChangeOutcome.Accepted outcome = accepted(complete().change(
                Map.of(FieldKey.IBAN, UNLISTED_BANK_IBAN, FieldKey.BIC, "AXABBE22"), RULES));

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("AXABBE22");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenOnlyTheBicChanged_whenChanged_thenNoDerivationFromTheStoredIban() {
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, ING_IBAN, FieldKey.BIC, "BBRUBEBB"));

        ChangeOutcome.Accepted outcome = accepted(before.change(Map.of(FieldKey.BIC, "BBRUBEBBXXX"), RULES));

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("BBRUBEBBXXX");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenIbanStoredWithoutBic_whenTheSameIbanSetAgain_thenTableBicStoredWithNote() {
        // docs/rules.md §1.5: an IBAN set without a BIC while no BIC is stored: the bank's BIC from the table is stored
        GroupConfiguration before = stored(Map.of(FieldKey.IBAN, ING_IBAN));

        ChangeOutcome.Accepted outcome = setIban(before, "BE35 3101 2345 6737");

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("BBRUBEBB");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.BIC, Severity.NOTE, "bic.derived"));
    }
}
