package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FreeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Françoise", "D'Hondt", "D’Hondt", "Saint-Léger", "Soins à domicile « Les Œillets »",
            "Rue de l'Église 12/B"})
    void givenAccentsApostrophesAndHyphens_whenParsed_thenKeptAsTyped(String typed) {
        Parsed<FreeText> parsed = FreeText.parse(FieldKey.LAST_NAME, typed);

        assertThat(parsed.value()).isEqualTo(new FreeText(typed));
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenBlanksAroundAndInside_whenParsed_thenTrimmedAndCollapsedSilently() {
        Parsed<FreeText> parsed = FreeText.parse(FieldKey.STREET, "  Rue   de la Loi \u00A0 16\t");

        assertThat(parsed.value().value()).isEqualTo("Rue de la Loi 16");
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenMixedCase_whenParsed_thenCaseKept() {
        assertThat(FreeText.parse(FieldKey.COMPANY_NAME, "asbl INFI-Soins").value().value()).isEqualTo("asbl INFI-Soins");
    }

    @ParameterizedTest
    @EnumSource(value = FieldKey.class, names = {"COMPANY_NAME", "CITY", "STREET", "FIRST_NAME", "LAST_NAME"})
    void givenBlankInput_whenParsed_thenBlankErrorOnThatField(FieldKey field) {
        Parsed<FreeText> parsed = FreeText.parse(field, " \u00A0\t ");

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(field, Severity.ERROR, "blank"));
    }

    @Test
    void givenNull_whenParsed_thenBlankError() {
        assertThat(FreeText.parse(FieldKey.CITY, null).findings()).extracting(Finding::code).containsExactly("blank");
    }

    @Test
    void givenExactlyHundredCharacters_whenParsed_thenAccepted() {
        String hundred = "é".repeat(100);

        assertThat(FreeText.parse(FieldKey.COMPANY_NAME, hundred).value().value()).isEqualTo(hundred);
    }

    @Test
    void givenHundredAndOneCharacters_whenParsed_thenTooLongErrorWithLimitAndLength() {
        Parsed<FreeText> parsed = FreeText.parse(FieldKey.COMPANY_NAME, "a".repeat(101));

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.COMPANY_NAME, Severity.ERROR, "text.too-long",
                        java.util.List.of("100", "101")));
    }

    @Test
    void givenBlanksBeyondTheLimitThatCollapse_whenParsed_thenLengthCountedAfterNormalisation() {
        String typed = "a" + " ".repeat(150) + "b";

        assertThat(FreeText.parse(FieldKey.STREET, typed).value().value()).isEqualTo("a b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rue\u0000Haute", "Rue\nHaute", "Rue\u0007Haute", "Rue\u2028Haute"})
    void givenControlCharacterInside_whenParsed_thenControlCharacterError(String typed) {
        Parsed<FreeText> parsed = FreeText.parse(FieldKey.STREET, typed);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.STREET, Severity.ERROR, "text.control-character"));
    }

    @Test
    void givenControlCharacter_whenParsed_thenErrorNamesTheCodePointAndItsPosition() {
        assertThat(FreeText.parse(FieldKey.STREET, "A\u0001B").findings().get(0).arguments())
                .containsExactly("U+0001", "2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Evil\u001B[31mRED\u001B[0m", "Jean\rFAKE LINE", "Jean\nGroup 94… ready",
            "Trojan\u202Eeman", "Zero\u200Bwidth", "Soft\u00ADhyphen", "Tag\uDB40\uDC41", "Private\uE000use",
            "Para\u2029graph", "Bom\uFEFF", "Lone\uD800surrogate", "Del\u007F", "C1\u0085next-line"})
    void givenACharacterThatCanAct_whenParsed_thenRefusedNamingItAndItsPosition(String typed) {
        Parsed<FreeText> parsed = FreeText.parse(FieldKey.LAST_NAME, typed);

        assertThat(parsed.isAccepted()).isFalse();
        int at = typed.codePoints().takeWhile(c -> !be.groupsetup.domain.text.UnsafeCharacters.isUnsafe(c)).toArray().length;
        assertThat(parsed.findings()).extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("text.control-character", java.util.List.of(
                        String.format("U+%04X", typed.codePointAt(typed.offsetByCodePoints(0, at))), String.valueOf(at + 1))));
    }

    @Test
    void givenAnEscapeSequence_whenParsed_thenTheFirstEscapeIsNamedAtItsPositionInTheTrimmedValue() {
        assertThat(FreeText.parse(FieldKey.FIRST_NAME, "  Evil\u001B[31mRED").findings())
                .extracting(Finding::arguments).containsExactly(java.util.List.of("U+001B", "5"));
        // positions count characters as a person does: a character beyond the basic plane is one
        assertThat(FreeText.parse(FieldKey.FIRST_NAME, "\uD83D\uDE00\u202E").findings())
                .extracting(Finding::arguments).containsExactly(java.util.List.of("U+202E", "2"));
    }

    @Test
    void givenTabsInside_whenParsed_thenReadAsBlanksAndAccepted() {
        assertThat(FreeText.parse(FieldKey.COMPANY_NAME, "Soins\tà\t\tdomicile").value().value())
                .isEqualTo("Soins à domicile");
    }

    @Test
    void givenAnUnassignedCodePoint_whenParsed_thenAcceptedSinceWhichAreAssignedDiffersBetweenJavaVersions() {
        // U+0378 is unassigned (Cn) in every Unicode version so far
        assertThat(FreeText.parse(FieldKey.CITY, "Ville\u0378").isAccepted()).isTrue();
    }

    @Test
    void givenTooLongAndControlCharacter_whenParsed_thenBothErrorsReported() {
        Parsed<FreeText> parsed = FreeText.parse(FieldKey.CITY, "a".repeat(100) + "\u0001");

        assertThat(parsed.findings()).extracting(Finding::code)
                .containsExactly("text.too-long", "text.control-character");
    }

    @Test
    void givenEmptyOrControlCharacterValue_whenConstructedDirectly_thenRefused() {
        assertThatThrownBy(() -> new FreeText("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FreeText("a\u0000b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenBlankValue_whenConstructedDirectly_thenRefused() {
        // docs/rules.md §1.5: not blank once trimmed; and a value type never holds invalid input
        assertThatThrownBy(() -> new FreeText(" \u00A0 ")).isInstanceOf(IllegalArgumentException.class);
    }
}
