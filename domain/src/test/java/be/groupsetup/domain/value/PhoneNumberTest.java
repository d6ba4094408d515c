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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
            "0470 12 34 56, +32470123456",
            "+32 470 12 34 56, +32470123456",
            "0032 470 12 34 56, +32470123456",
            "0470/12.34.56, +32470123456",
            "02 226 88 88, +3222268888",
            "02/226.88.88, +3222268888",
            "'  (02) 226 88 88 ', +3222268888"
    })
    void givenBelgianNumberInUsualNotations_whenParsed_thenStoredE164Silently(String typed, String stored) {
        Parsed<PhoneNumber> parsed = PhoneNumber.parse(typed);

        assertThat(parsed.value()).isEqualTo(new PhoneNumber(stored));
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenNoBreakSpacesInside_whenParsed_thenAccepted() {
        assertThat(PhoneNumber.parse("0470\u00A012\u00A034\u00A056").value().value()).isEqualTo("+32470123456");
    }

    @ParameterizedTest
    @CsvSource({
            "+32470123456, 0470 12 34 56",
            "+3222268888, 02 226 88 88"
    })
    void givenBelgianNumber_whenReadable_thenNationalFormat(String stored, String shown) {
        assertThat(new PhoneNumber(stored).readable()).isEqualTo(shown);
    }

    @Test
    void givenValidDutchNumber_whenParsed_thenStoredWithNotBelgianWarningNamingTheRegion() {
        Parsed<PhoneNumber> parsed = PhoneNumber.parse("+31 20 123 4567");

        assertThat(parsed.value().value()).isEqualTo("+31201234567");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.PHONE, Severity.WARNING, "phone.not-belgian", List.of("NL")));
    }

    @Test
    void givenForeignNumber_whenReadable_thenInternationalFormat() {
        assertThat(new PhoneNumber("+33142685300").readable()).isEqualTo("+33 1 42 68 53 00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0470 12", "hello", "02 226 88 88 88 88", "+32 000 00 00 00", "12"})
    void givenNotAValidNumber_whenParsed_thenInvalidError(String typed) {
        Parsed<PhoneNumber> parsed = PhoneNumber.parse(typed);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.PHONE, Severity.ERROR, "phone.invalid"));
    }

    @Test
    void givenVeryLongInput_whenParsed_thenInvalidErrorWithoutThrowing() {
        Parsed<PhoneNumber> parsed = PhoneNumber.parse("0".repeat(500));

        assertThat(parsed.findings()).extracting(Finding::code).containsExactly("phone.invalid");
    }

    @Test
    void givenBlank_whenParsed_thenBlankError() {
        assertThat(PhoneNumber.parse("  ").findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.PHONE, Severity.ERROR, "blank"));
    }

    @Test
    void givenNationalFormatValue_whenConstructedDirectly_thenRefused() {
        assertThatThrownBy(() -> new PhoneNumber("0470123456")).isInstanceOf(IllegalArgumentException.class);
    }
}
