package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EHealthBoxIdentifierTest {

    private static final FieldKey FIELD = FieldKey.EHEALTH_BOX;
    /** The current year the checks are given. */
    private static final int YEAR = 2026;

    @Test
    void givenIdentifierWithSeparators_whenParsedAlone_thenNormalisedSilently() {
        Parsed<String> parsed = EHealthBoxIdentifier.parse(" 94.123.456-001 ");

        assertThat(parsed.value()).isEqualTo("94123456001");
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenBlank_whenParsedAlone_thenBlankError() {
        assertThat(EHealthBoxIdentifier.parse("  ").findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FIELD, Severity.ERROR, "blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"94123456,001", "9412_3456"})
    void givenPunctuationThatIsNotASeparator_whenParsedAlone_thenFormatError(String typed) {
        assertThat(EHealthBoxIdentifier.parse(typed).findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FIELD, Severity.ERROR, "ehealth-box.format"));
    }

    @Test
    void givenMoreThanFiftyCharacters_whenParsedAlone_thenFormatError() {
        assertThat(EHealthBoxIdentifier.parse("1".repeat(51)).findings()).extracting(Finding::code)
                .containsExactly("ehealth-box.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"94123456", "94123456001"})
    void givenNihiiOfEightOrElevenDigitsForANurse_whenChecked_thenKept(String identifier) {
        Parsed<String> parsed = EHealthBoxIdentifier.check(identifier, "NIHII", "NURSE", YEAR);

        assertThat(parsed.value()).isEqualTo(identifier);
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenElevenDigitNihiiWithGroupQuality_whenChecked_thenShortenedToEightDigitsWithNote() {
        Parsed<String> parsed = EHealthBoxIdentifier.check("94123456001", "NIHII", "GROUP", YEAR);

        assertThat(parsed.value()).isEqualTo("94123456");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FIELD, Severity.NOTE, "ehealth-box.shortened", List.of("94123456")));
    }

    @Test
    void givenEightDigitNihiiWithGroupQuality_whenChecked_thenKeptSilently() {
        Parsed<String> parsed = EHealthBoxIdentifier.check("94123456", "NIHII", "GROUP", YEAR);

        assertThat(parsed.value()).isEqualTo("94123456");
        assertThat(parsed.findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9412345", "941234560", "9412345600", "941234560011", "9412345A"})
    void givenNihiiOfOtherLengthOrWithLetters_whenChecked_thenNihiiError(String identifier) {
        Parsed<String> parsed = EHealthBoxIdentifier.check(identifier, "NIHII", "GROUP", YEAR);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FIELD, Severity.ERROR, "ehealth-box.nihii"));
    }

    @Test
    void givenCbe_whenChecked_thenEnterpriseNumberRulesApply() {
        assertThat(EHealthBoxIdentifier.check("BE 0428.759.497", "CBE", "INSTITUTION", YEAR).value())
                .isEqualTo("0428759497");
        assertThat(EHealthBoxIdentifier.check("0428759498", "CBE", "INSTITUTION", YEAR).findings())
                .extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FIELD, Severity.ERROR, "enterprise-number.checksum"));
        assertThat(EHealthBoxIdentifier.check("0999999922", "CBE", "INSTITUTION", YEAR).findings())
                .extracting(Finding::code).containsExactly("enterprise-number.pseudo-number");
    }

    @Test
    void givenNineDigitCbe_whenChecked_thenCompletedWithNoteAboutTheBox() {
        Parsed<String> parsed = EHealthBoxIdentifier.check("428759497", "CBE", "INSTITUTION", YEAR);

        assertThat(parsed.value()).isEqualTo("0428759497");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FIELD, Severity.NOTE, "enterprise-number.completed"));
    }

    @Test
    void givenInss_whenChecked_thenNationalNumberRulesApply() {
        assertThat(EHealthBoxIdentifier.check("85.07.30-033.28", "INSS", "NURSE", YEAR).value())
                .isEqualTo("85073003328");
        assertThat(EHealthBoxIdentifier.check("01020312345", "INSS", "NURSE", YEAR).value()).isEqualTo("01020312345");
        assertThat(EHealthBoxIdentifier.check("85073003329", "INSS", "NURSE", YEAR).findings())
                .extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FIELD, Severity.ERROR, "inss.checksum"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"EHP", "SSIN"})
    void givenMissingOrNonCanonicalType_whenChecked_thenOnlyNormalisationApplies(String type) {
        Parsed<String> parsed = EHealthBoxIdentifier.check("abc-123", type, "GROUP", YEAR);

        assertThat(parsed.value()).isEqualTo("ABC123");
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenInssValidOnlyFrom2000WithAYearToCome_whenChecked_thenKeptWithFutureWarningOnTheBox() {
        // 97 − (2310101123 mod 97) = 49; the pre-2000 rule would give 20
        Parsed<String> parsed = EHealthBoxIdentifier.check("31010112349", "INSS", "NURSE", 2026);

        assertThat(parsed.value()).isEqualTo("31010112349");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FIELD, Severity.WARNING, "ehealth-box.inss-future", List.of("2031")));
        assertThat(EHealthBoxIdentifier.check("31010112349", "INSS", "NURSE", 2032).findings()).isEmpty();
    }

    @Test
    void givenSameDigitsAsNihii_whenChecked_thenNoDateRule() {
        assertThat(EHealthBoxIdentifier.check("31010112349", "NIHII", "NURSE", 2026).findings()).isEmpty();
    }
}
