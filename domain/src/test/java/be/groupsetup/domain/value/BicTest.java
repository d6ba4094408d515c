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

class BicTest {

    @ParameterizedTest
    @CsvSource({
            "GEBABEBB, GEBABEBB",
            "gebabebb, GEBABEBB",
            "' GEBA BE BB ', GEBABEBB",
            "GEBA-BE-BB, GEBABEBB",
            "NBBEBEBB203, NBBEBEBB203",
            "bbru be bb xxx, BBRUBEBBXXX",
            "TRWIBEB1, TRWIBEB1",
            "ABNANL2A, ABNANL2A"
    })
    void givenEightOrElevenCharacters_whenParsed_thenStoredCompactUpperCaseSilently(String typed, String stored) {
        Parsed<Bic> parsed = Bic.parse(typed);

        assertThat(parsed.value()).isEqualTo(new Bic(stored));
        assertThat(parsed.findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GEBABEB", "GEBABEBB1", "GEBABEBBXX", "GEBABEBBXXXX", "GEB1BEBB", "GEBAB3BB",
            "GEBABEB_", "GEBABEBBXX_"})
    void givenWrongShape_whenParsed_thenFormatError(String typed) {
        Parsed<Bic> parsed = Bic.parse(typed);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.BIC, Severity.ERROR, "bic.format"));
    }

    @Test
    void givenCountryThatDoesNotExist_whenParsed_thenCountryErrorNamingIt() {
        Parsed<Bic> parsed = Bic.parse("GEBAXXBB");

        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.BIC, Severity.ERROR, "bic.country", List.of("XX")));
    }

    @Test
    void givenBlank_whenParsed_thenBlankError() {
        assertThat(Bic.parse("").findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.BIC, Severity.ERROR, "blank"));
    }

    @Test
    void givenElevenCharacterBic_whenCountryAndFirstEightAsked_thenInstitutionCountryLocation() {
        Bic bic = new Bic("NBBEBEBB203");

        assertThat(bic.countryCode()).isEqualTo("BE");
        assertThat(bic.firstEight()).isEqualTo("NBBEBEBB");
    }

    @Test
    void givenLowerCaseValue_whenConstructedDirectly_thenRefused() {
        assertThatThrownBy(() -> new Bic("gebabebb")).isInstanceOf(IllegalArgumentException.class);
    }
}
