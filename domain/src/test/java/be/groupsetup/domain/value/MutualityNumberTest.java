package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MutualityNumberTest {

    @ParameterizedTest
    @CsvSource({"101, 101", "135, 135", "199, 199", "' 1 3 5 ', 135", "1.3.5, 135"})
    void givenChristianMutuality_whenParsed_thenStoredSilently(String typed, String stored) {
        Parsed<MutualityNumber> parsed = MutualityNumber.parse(typed);

        assertThat(parsed.value()).isEqualTo(new MutualityNumber(stored));
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenTheNationalAlliance100_whenParsed_thenStoredWithNationalUnionWarning() {
        Parsed<MutualityNumber> parsed = MutualityNumber.parse("100");

        assertThat(parsed.value().value()).isEqualTo("100");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.SINGLE_POINT_OF_CONTACT, Severity.WARNING,
                        "single-point-of-contact.national-union", List.of("100")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"300", "099", "200", "999", "000"})
    void givenAnotherUnionsMutuality_whenParsed_thenStoredWithNotChristianWarning(String typed) {
        Parsed<MutualityNumber> parsed = MutualityNumber.parse(typed);

        assertThat(parsed.value().value()).isEqualTo(typed);
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.SINGLE_POINT_OF_CONTACT, Severity.WARNING,
                        "single-point-of-contact.not-christian"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13", "1350", "13A", "ABC"})
    void givenNotThreeDigits_whenParsed_thenFormatError(String typed) {
        Parsed<MutualityNumber> parsed = MutualityNumber.parse(typed);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.SINGLE_POINT_OF_CONTACT, Severity.ERROR,
                        "single-point-of-contact.format"));
    }

    @Test
    void givenBlank_whenParsed_thenBlankError() {
        assertThat(MutualityNumber.parse("").findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.SINGLE_POINT_OF_CONTACT, Severity.ERROR, "blank"));
    }
}
