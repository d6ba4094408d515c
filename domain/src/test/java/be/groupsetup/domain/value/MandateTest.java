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

class MandateTest {

    @ParameterizedTest
    @ValueSource(strings = {"aucun", "Aucun", "AUCUN", " aucun ", "none", "None"})
    void givenNoMandateSpelling_whenTypeParsed_thenStoredAsAucunSilently(String typed) {
        Parsed<String> parsed = Mandate.parseType(typed);

        assertThat(parsed.value()).isEqualTo("aucun");
        assertThat(parsed.findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eHealth", "mandat", "Mandat général", "aucune"})
    void givenAnyOtherType_whenParsed_thenRefusedBecauseGroupsGiveAccessRights(String typed) {
        Parsed<String> parsed = Mandate.parseType(typed);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.MANDATE_TYPE, Severity.ERROR, "mandate-type.not-allowed"));
    }

    @Test
    void givenRefusedType_whenParsed_thenErrorQuotesItAsTyped() {
        assertThat(Mandate.parseType("  eHealth  ").findings().get(0).arguments()).isEqualTo(List.of("eHealth"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u00A0"})
    void givenEmptyNumber_whenParsed_thenStoredEmptySilently(String typed) {
        Parsed<String> parsed = Mandate.parseNumber(typed);

        assertThat(parsed.isAccepted()).isTrue();
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "123456", "M-2024"})
    void givenAnyNumber_whenParsed_thenRefused(String typed) {
        Parsed<String> parsed = Mandate.parseNumber(typed);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.MANDATE_NUMBER, Severity.ERROR, "mandate-number.not-allowed"));
    }
}
