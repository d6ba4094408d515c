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

/* Check digits: 97 − (04287594 mod 97) = 97; 97 − (10000000 mod 97) = 21; 97 − (20000000 mod 97) = 42. */
class EnterpriseNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0428759497", "0428.759.497", "BE0428759497", "BE 0428.759.497", "be 0428 759 497",
            "BE-0428-759-497", " 0428/759/497 "})
    void givenAcceptedNotations_whenParsed_thenStoredAsTenDigitsSilently(String typed) {
        Parsed<EnterpriseNumber> parsed = EnterpriseNumber.parse(typed);

        assertThat(parsed.value()).isEqualTo(new EnterpriseNumber("0428759497"));
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenFirstDigitOne_whenParsed_thenAccepted() {
        Parsed<EnterpriseNumber> parsed = EnterpriseNumber.parse("1000.000.021");

        assertThat(parsed.value().value()).isEqualTo("1000000021");
        assertThat(parsed.findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"428759497", "428.759.497", "BE428759497"})
    void givenNineDigitLegacyNumber_whenParsed_thenLeadingZeroAddedWithNote(String typed) {
        Parsed<EnterpriseNumber> parsed = EnterpriseNumber.parse(typed);

        assertThat(parsed.value().value()).isEqualTo("0428759497");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.ENTERPRISE_NUMBER, Severity.NOTE, "enterprise-number.completed",
                        List.of("0428759497")));
    }

    @Test
    void givenNineDigitsThatFailTheCheck_whenParsed_thenNoteAndChecksumErrorAndNoValue() {
        Parsed<EnterpriseNumber> parsed = EnterpriseNumber.parse("428759498");

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::severity, Finding::code).containsExactly(
                tuple(Severity.NOTE, "enterprise-number.completed"),
                tuple(Severity.ERROR, "enterprise-number.checksum"));
    }

    @Test
    void givenWrongCheckDigits_whenParsed_thenChecksumError() {
        Parsed<EnterpriseNumber> parsed = EnterpriseNumber.parse("0428759498");

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.ENTERPRISE_NUMBER, Severity.ERROR, "enterprise-number.checksum"));
    }

    @Test
    void givenFirstDigitOtherThanZeroOrOne_whenParsed_thenFirstDigitError() {
        Parsed<EnterpriseNumber> parsed = EnterpriseNumber.parse("2000000042");

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.ENTERPRISE_NUMBER, Severity.ERROR, "enterprise-number.first-digit",
                        List.of("2")));
    }

    @Test
    void givenWrongFirstDigitAndWrongCheckDigits_whenParsed_thenBothErrorsReportedAtOnce() {
        assertThat(EnterpriseNumber.parse("2000000041").findings()).extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.ERROR, "enterprise-number.first-digit"),
                        tuple(Severity.ERROR, "enterprise-number.checksum"));
    }

    @Test
    void givenAbolishedPseudoNumber_whenParsed_thenPseudoNumberErrorAlthoughTheCheckHolds() {
        Parsed<EnterpriseNumber> parsed = EnterpriseNumber.parse("0999.999.922");

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.ENTERPRISE_NUMBER, Severity.ERROR, "enterprise-number.pseudo-number"));
    }

    @Test
    void givenAbolishedPseudoNumberWithoutLeadingZero_whenParsed_thenNoteAndPseudoNumberError() {
        assertThat(EnterpriseNumber.parse("999999922").findings()).extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.NOTE, "enterprise-number.completed"),
                        tuple(Severity.ERROR, "enterprise-number.pseudo-number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"04287594", "04287594970", "BE04287594970"})
    void givenNeitherNineNorTenDigits_whenParsed_thenLengthError(String typed) {
        Parsed<EnterpriseNumber> parsed = EnterpriseNumber.parse(typed);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.ENTERPRISE_NUMBER, Severity.ERROR, "enterprise-number.length"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL0428759497", "0428A59497", "BEBE0428759497"})
    void givenLettersOtherThanTheBePrefix_whenParsed_thenFormatError(String typed) {
        assertThat(EnterpriseNumber.parse(typed).findings())
                .extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.ENTERPRISE_NUMBER, Severity.ERROR, "enterprise-number.format"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "BE", " be "})
    void givenBlankOrOnlyThePrefix_whenParsed_thenBlankError(String typed) {
        assertThat(EnterpriseNumber.parse(typed).findings())
                .extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.ENTERPRISE_NUMBER, Severity.ERROR, "blank"));
    }

    @Test
    void givenAnotherField_whenParsedForIt_thenFindingsAreAboutThatField() {
        assertThat(EnterpriseNumber.parse(FieldKey.EHEALTH_BOX, "0428759498").findings())
                .extracting(Finding::field, Finding::code)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX, "enterprise-number.checksum"));
    }

    @Test
    void givenStoredNumber_whenReadable_thenDottedGroups() {
        assertThat(new EnterpriseNumber("0428759497").readable()).isEqualTo("0428.759.497");
    }

    @Test
    void givenInvalidValue_whenConstructedDirectly_thenRefused() {
        assertThatThrownBy(() -> new EnterpriseNumber("0428759498")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EnterpriseNumber("428759497")).isInstanceOf(IllegalArgumentException.class);
    }
}
