package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/*
 * 412345: 97 − (412345 mod 97) = 02 and 89 − (412345 mod 89) = 81.
 * 112345: 97 rule gives 78, 89 rule gives 62.
 */
class InamiNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"41234502001", "4-12345-02-001", " 4 12345 02 001 ", "4.12345.02.001", "4/12345/02/001"})
    void givenNurseNumberFollowingTheNinetySevenRule_whenParsed_thenStoredAsElevenDigitsSilently(String typed) {
        Parsed<InamiNumber> parsed = InamiNumber.parseNurse(typed);

        assertThat(parsed.value()).isEqualTo(new InamiNumber("41234502001"));
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenNurseNumberFollowingTheEightyNineRule_whenParsed_thenAcceptedSilently() {
        Parsed<InamiNumber> parsed = InamiNumber.parseNurse("41234581001");

        assertThat(parsed.value().value()).isEqualTo("41234581001");
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenCheckDigitsMatchingNeitherRule_whenParsed_thenStoredWithChecksumWarning() {
        Parsed<InamiNumber> parsed = InamiNumber.parseNurse("41234503001");

        assertThat(parsed.value().value()).isEqualTo("41234503001");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.INAMI, Severity.WARNING, "inami.checksum"));
    }

    @Test
    void givenStoredNumber_whenReadable_thenGroupedAsProfessionSerialCheckQualification() {
        assertThat(new InamiNumber("41234502001").readable()).isEqualTo("4-12345-02-001");
    }

    @Test
    void givenEightDigits_whenParsed_thenLengthErrorExplainingTheMissingQualificationCode() {
        Parsed<InamiNumber> parsed = InamiNumber.parseNurse("4-12345-02");

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings())
                .extracting(Finding::field, Finding::severity, Finding::code, Finding::messageKey, Finding::arguments)
                .containsExactly(tuple(FieldKey.INAMI, Severity.ERROR, "inami.length",
                        "inami.length.qualification-missing", List.of("8")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4123450200", "412345020011", "4123"})
    void givenOtherLength_whenParsed_thenPlainLengthError(String typed) {
        Parsed<InamiNumber> parsed = InamiNumber.parseNurse(typed);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).filteredOn(Finding::isError)
                .extracting(Finding::field, Finding::code, Finding::messageKey, Finding::arguments)
                .containsExactly(tuple(FieldKey.INAMI, "inami.length", "inami.length",
                        List.of(String.valueOf(typed.length()))));
    }

    @Test
    void givenLetters_whenParsed_thenFormatError() {
        assertThat(InamiNumber.parseNurse("4123450200A").findings())
                .extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.INAMI, Severity.ERROR, "inami.format"));
    }

    @Test
    void givenProfessionDigitOtherThanFour_whenParsedAsNurse_thenProfessionErrorWithCheckDigitWarning() {
        Parsed<InamiNumber> parsed = InamiNumber.parseNurse("11234502001");

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(
                        tuple(FieldKey.INAMI, Severity.ERROR, "inami.profession", List.of("1")),
                        tuple(FieldKey.INAMI, Severity.WARNING, "inami.checksum", List.of()));
    }

    @Test
    void givenProfessionDigitOtherThanFourWithValidCheckDigits_whenParsedAsNurse_thenOnlyProfessionError() {
        assertThat(InamiNumber.parseNurse("11234578001").findings())
                .extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.INAMI, Severity.ERROR, "inami.profession"));
    }

    @Test
    void givenAnyProfession_whenParsedAsCareProvider_thenAcceptedOnTheCareProviderField() {
        Parsed<InamiNumber> parsed = InamiNumber.parseCareProvider("1-12345-78-001");

        assertThat(parsed.value().value()).isEqualTo("11234578001");
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenWrongCheckDigits_whenParsedAsCareProvider_thenWarningOnTheCareProviderField() {
        assertThat(InamiNumber.parseCareProvider("11234502001").findings())
                .extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.REFERENCE_CARE_PROVIDER, Severity.WARNING, "inami.checksum"));
    }

    @Test
    void givenEightDigits_whenParsedAsCareProvider_thenQualificationMissingErrorOnTheCareProviderField() {
        assertThat(InamiNumber.parseCareProvider("11234578").findings())
                .extracting(Finding::field, Finding::severity, Finding::code, Finding::messageKey)
                .containsExactly(tuple(FieldKey.REFERENCE_CARE_PROVIDER, Severity.ERROR, "inami.length",
                        "inami.length.qualification-missing"));
    }

    @Test
    void givenBlank_whenParsed_thenBlankErrorOnTheParsedField() {
        assertThat(InamiNumber.parseNurse(" ").findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.INAMI, Severity.ERROR, "blank"));
        assertThat(InamiNumber.parseCareProvider(null).findings()).extracting(Finding::field, Finding::code)
                .containsExactly(tuple(FieldKey.REFERENCE_CARE_PROVIDER, "blank"));
    }

    @Test
    void givenCheckDigitRules_whenChecked_thenEitherRuleHolds() {
        assertThat(InamiNumber.checkDigitsHold("41234502001")).isTrue();
        assertThat(InamiNumber.checkDigitsHold("41234581001")).isTrue();
        assertThat(InamiNumber.checkDigitsHold("41234503001")).isFalse();
    }

    @Test
    void givenTenDigits_whenConstructedDirectly_thenRefused() {
        assertThatThrownBy(() -> new InamiNumber("4123450200")).isInstanceOf(IllegalArgumentException.class);
    }
}
