package be.groupsetup.presentation.letter;

import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void givenBelgianIban_whenMasked_thenCountryCheckDigitsAndLastFourKept() {
        assertThat(Masking.shown(FieldKey.IBAN, "BE68539007547034", false)).isEqualTo("BE68 •••• •••• 7034");
    }

    @Test
    void givenLongerIban_whenMasked_thenEveryMiddleGroupHiddenAndTheLastFourKept() {
        assertThat(Masking.iban("NL91ABNA0417164300")).isEqualTo("NL91 •••• •••• •••• 4300");
    }

    @Test
    void givenTooShortValue_whenMaskedAsIban_thenAllHidden() {
        assertThat(Masking.iban("BE68")).isEqualTo("••••");
    }

    @Test
    void givenInamiNumbers_whenMasked_thenOnlyTheLastFourDigitsShownInTheReadableLayout() {
        assertThat(Masking.shown(FieldKey.INAMI, "41234502001", false)).isEqualTo("•-•••••-•2-001");
        assertThat(Masking.shown(FieldKey.REFERENCE_CARE_PROVIDER, "41234502001", false)).isEqualTo("•-•••••-•2-001");
        assertThat(Masking.shown(FieldKey.GROUP_NUMBER, "94123456001", false)).isEqualTo("•••••••6-001");
    }

    @Test
    void givenUnmasked_whenShown_thenTheReadableForm() {
        assertThat(Masking.shown(FieldKey.IBAN, "BE68539007547034", true)).isEqualTo("BE68 5390 0754 7034");
        assertThat(Masking.shown(FieldKey.INAMI, "41234502001", true)).isEqualTo("4-12345-02-001");
    }

    @Test
    void givenPublicOrOwnFields_whenShown_thenNotHidden() {
        assertThat(Masking.shown(FieldKey.ENTERPRISE_NUMBER, "0428759497", false)).isEqualTo("0428.759.497");
        assertThat(Masking.shown(FieldKey.SINGLE_POINT_OF_CONTACT, "319", false)).isEqualTo("319");
        assertThat(Masking.shown(FieldKey.LAST_NAME, "D'Hondt", false)).isEqualTo("D'Hondt");
    }

    @Test
    void givenSentenceQuotingTheValue_whenHidden_thenEveryFormOfItReplaced() {
        String sentence = "This number has the form of a nurse’s personal INAMI number (4-12345-02-001), 41234502001.";

        String hidden = Masking.hideIn(sentence, FieldKey.GROUP_NUMBER, "41234502001", false);

        assertThat(hidden).doesNotContain("12345").contains("•");
        assertThat(Masking.hideIn(sentence, FieldKey.GROUP_NUMBER, "41234502001", true)).isEqualTo(sentence);
    }
}
