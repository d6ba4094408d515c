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

class GroupNumberTest {

    @Test
    void givenEightDigitGroupNumber_whenParsed_thenCompletedWith001() {
        Parsed<GroupNumber> parsed = GroupNumber.parse("94123456");

        assertThat(parsed.value()).isEqualTo(new GroupNumber("94123456001"));
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.NOTE, "group-number.completed",
                        List.of("94123456001")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"94123456001", "94123456-001", "94.123.456.001", " 9412 3456 001 ", "94/123456/001"})
    void givenElevenDigitsWithSeparators_whenParsed_thenStoredSilently(String typed) {
        Parsed<GroupNumber> parsed = GroupNumber.parse(typed);

        assertThat(parsed.value().value()).isEqualTo("94123456001");
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenElevenDigitsWithOtherQualification_whenParsed_thenKeptAsIs() {
        assertThat(GroupNumber.parse("94123456002").value().value()).isEqualTo("94123456002");
    }

    @Test
    void givenPrefixOtherThan94_whenParsed_thenStoredWithPrefixWarning() {
        Parsed<GroupNumber> parsed = GroupNumber.parse("12345678001");

        assertThat(parsed.value().value()).isEqualTo("12345678001");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.WARNING, "group-number.prefix", List.of("12")));
    }

    @Test
    void givenEightDigitsWithOtherPrefix_whenParsed_thenCompletedNoteAndPrefixWarning() {
        Parsed<GroupNumber> parsed = GroupNumber.parse("12345678");

        assertThat(parsed.value().value()).isEqualTo("12345678001");
        assertThat(parsed.findings()).extracting(Finding::severity, Finding::code).containsExactly(
                tuple(Severity.NOTE, "group-number.completed"), tuple(Severity.WARNING, "group-number.prefix"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9412345", "941234560", "9412345600", "941234560010", "94"})
    void givenNeitherEightNorElevenDigits_whenParsed_thenLengthError(String typed) {
        Parsed<GroupNumber> parsed = GroupNumber.parse(typed);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.ERROR, "group-number.length",
                        List.of(String.valueOf(typed.length()))));
    }

    @Test
    void givenLetters_whenParsed_thenFormatError() {
        assertThat(GroupNumber.parse("9412345600A").findings())
                .extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.ERROR, "group-number.format"));
    }

    @Test
    void givenVeryLongGarbage_whenParsed_thenFormatErrorQuotesItAbbreviated() {
        Finding finding = GroupNumber.parse("X".repeat(40)).findings().get(0);

        assertThat(finding.code()).isEqualTo("group-number.format");
        assertThat(finding.arguments()).containsExactly("X".repeat(20) + "…");
    }

    @Test
    void givenBlank_whenParsed_thenBlankError() {
        assertThat(GroupNumber.parse("\u00A0").findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.ERROR, "blank"));
    }

    @Test
    void givenStoredNumber_whenReadableAndFirstEight_thenGroupAndQualificationSeparated() {
        GroupNumber number = new GroupNumber("94123456001");

        assertThat(number.readable()).isEqualTo("94123456-001");
        assertThat(number.firstEight()).isEqualTo("94123456");
        assertThat(number).hasToString("94123456001");
    }

    @Test
    void givenTwoNumbers_whenCompared_thenNumericTextOrder() {
        assertThat(new GroupNumber("94000000001")).isLessThan(new GroupNumber("94123456001"));
    }

    @Test
    void givenEightDigits_whenConstructedDirectly_thenRefused() {
        assertThatThrownBy(() -> new GroupNumber("94123456")).isInstanceOf(IllegalArgumentException.class);
        assertThat(GroupNumber.isCanonical("94123456001")).isTrue();
        assertThat(GroupNumber.isCanonical("9412345600A")).isFalse();
        assertThat(GroupNumber.isCanonical(null)).isFalse();
    }

    // --- the form of a nurse's personal INAMI number ----------------------------------------------------
    // 456123: 97 − (456123 mod 97) = 68; 89 − (456123 mod 89) = 2. 156123: 97 − (156123 mod 97) = 47.

    @ParameterizedTest
    @ValueSource(strings = {"45612368401", "4-56123-68-401", "456 123 68 401"})
    void givenNurseDigitAndInamiCheckDigits_whenParsed_thenPersonalInamiWarningInsteadOfPrefix(String typed) {
        Parsed<GroupNumber> parsed = GroupNumber.parse(typed);

        assertThat(parsed.value().value()).isEqualTo("45612368401");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.WARNING, "group-number.personal-inami",
                        List.of("4-56123-68-401")));
    }

    @Test
    void givenEightDigitsOfANursesInamiNumber_whenParsed_thenCompletedAndPersonalInamiWarning() {
        Parsed<GroupNumber> parsed = GroupNumber.parse("45612368");

        assertThat(parsed.value().value()).isEqualTo("45612368001");
        assertThat(parsed.findings()).extracting(Finding::severity, Finding::code, Finding::arguments).containsExactly(
                tuple(Severity.NOTE, "group-number.completed", List.of("45612368001")),
                tuple(Severity.WARNING, "group-number.personal-inami", List.of("4-56123-68-001")));
    }

    @Test
    void givenNurseDigitAndCheckDigitsOfTheModulo89Rule_whenParsed_thenPersonalInamiWarning() {
        assertThat(GroupNumber.parse("45612302001").findings()).extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("group-number.personal-inami", List.of("4-56123-02-001")));
    }

    @Test
    void givenNurseDigitButCheckDigitsOfNeitherRule_whenParsed_thenOnlyThePrefixWarning() {
        assertThat(GroupNumber.parse("45612399001").findings()).extracting(Finding::code)
                .containsExactly("group-number.prefix");
    }

    @Test
    void givenInamiCheckDigitsButAnotherProfessionDigit_whenParsed_thenOnlyThePrefixWarning() {
        assertThat(GroupNumber.parse("15612347001").findings()).extracting(Finding::code)
                .containsExactly("group-number.prefix");
    }

    @Test
    void givenGroupNumberStartingWith94_whenParsed_thenNoPersonalInamiWarning() {
        assertThat(GroupNumber.parse("94123456001").findings()).isEmpty();
    }
}
