package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/*
 * 850730033: 97 − (850730033 mod 97) = 28 (born in the 1900s).
 * 010203123: 97 − (2010203123 mod 97) = 45 (born from 2000); the pre-2000 rule would give 16.
 * 854730033: a BIS number (month + 40): 97 − (854730033 mod 97) = 17.
 */
class InssTest {

    private static final FieldKey FIELD = FieldKey.EHEALTH_BOX;
    /** The current year the parser is given. */
    private static final int YEAR = 2026;

    @ParameterizedTest
    @ValueSource(strings = {"85073003328", "85.07.30-033.28", " 850730 033 28 "})
    void givenNumberBornBefore2000_whenParsed_thenStoredAsElevenDigits(String typed) {
        Parsed<Inss> parsed = Inss.parse(FIELD, typed, YEAR);

        assertThat(parsed.value()).isEqualTo(new Inss("85073003328"));
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenNumberBornFrom2000_whenParsed_thenCheckedOverTwoFollowedByNineDigits() {
        assertThat(Inss.parse(FIELD, "01020312345", YEAR).value().value()).isEqualTo("01020312345");
    }

    @Test
    void givenPre2000CheckDigitsOnA2000sDate_whenParsed_thenAlsoAccepted() {
        // the date part is never checked, so the older rule is tried whatever the date says
        assertThat(Inss.parse(FIELD, "01020312316", YEAR).isAccepted()).isTrue();
    }

    @Test
    void givenBisNumber_whenParsed_thenSameRulesApply() {
        assertThat(Inss.parse(FIELD, "85473003317", YEAR).value().value()).isEqualTo("85473003317");
    }

    @Test
    void givenImpossibleDate_whenParsed_thenDateNeverChecked() {
        // month 99, day 99: only the check digits count. 97 − (859999001 mod 97) = 89
        assertThat(Inss.parse(FIELD, "85999900189", YEAR).isAccepted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"85073003329", "01020312346"})
    void givenWrongCheckDigits_whenParsed_thenChecksumError(String typed) {
        Parsed<Inss> parsed = Inss.parse(FIELD, typed, YEAR);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FIELD, Severity.ERROR, "inss.checksum"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8507300332", "850730033280"})
    void givenNotElevenDigits_whenParsed_thenLengthError(String typed) {
        assertThat(Inss.parse(FIELD, typed, YEAR).findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FIELD, Severity.ERROR, "inss.length"));
    }

    @Test
    void givenLetters_whenParsed_thenFormatError() {
        assertThat(Inss.parse(FIELD, "8507300332X", YEAR).findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FIELD, Severity.ERROR, "inss.format"));
    }

    @Test
    void givenBlank_whenParsed_thenBlankError() {
        assertThat(Inss.parse(FIELD, " ", YEAR).findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FIELD, Severity.ERROR, "blank"));
    }

    @Test
    void givenWrongCheckDigits_whenConstructedDirectly_thenRefused() {
        assertThatThrownBy(() -> new Inss("85073003329")).isInstanceOf(IllegalArgumentException.class);
    }

    // --- a birth year still to come ----------------------------------------------------------------------
    // 310101123: the pre-2000 rule gives 20, the from-2000 rule 49. 270101123: 33 and 62. 260101123: 12 and 41.

    @Test
    void givenNumberValidOnlyFrom2000WithYear2031_whenParsedIn2026_thenStoredWithFutureWarning() {
        Parsed<Inss> parsed = Inss.parse(FIELD, "31.01.01-123.49", 2026);

        assertThat(parsed.value().value()).isEqualTo("31010112349");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FIELD, Severity.WARNING, "ehealth-box.inss-future", java.util.List.of("2031")));
    }

    @ParameterizedTest
    @ValueSource(ints = {2031, 2032})
    void givenNumberValidOnlyFrom2000WithYear2031_whenParsedFrom2031On_thenNoWarning(int currentYear) {
        assertThat(Inss.parse(FIELD, "31010112349", currentYear).findings()).isEmpty();
    }

    @Test
    void givenYearOneAfterTheCurrentOne_whenParsed_thenFutureWarning() {
        assertThat(Inss.parse(FIELD, "27010112362", 2026).findings()).extracting(Finding::code)
                .containsExactly("ehealth-box.inss-future");
        assertThat(Inss.parse(FIELD, "26010112341", 2026).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1990, 2026, 2032})
    void givenNumberValidUnderThePre2000Rule_whenParsedInAnyYear_thenNeverTheFutureWarning(int currentYear) {
        // 31 read as 1931 under the older rule: nothing to say about the date
        assertThat(Inss.parse(FIELD, "31010112320", currentYear).findings()).isEmpty();
        assertThat(Inss.parse(FIELD, "85073003328", currentYear).findings()).isEmpty();
    }
}
