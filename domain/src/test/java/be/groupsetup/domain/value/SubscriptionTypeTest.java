package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SubscriptionTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "Mandat-2024/07", "abc def", "Numéro d'abonné 42"})
    void givenPrintableText_whenParsed_thenKeptAsTyped(String typed) {
        Parsed<SubscriptionType> parsed = SubscriptionType.parse(typed);

        assertThat(parsed.value()).isEqualTo(new SubscriptionType(typed));
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenBlanksAround_whenParsed_thenTrimmedCaseKept() {
        assertThat(SubscriptionType.parse("  Abc   XyZ ").value().value()).isEqualTo("Abc XyZ");
    }

    @Test
    void givenFiftyCharacters_whenParsed_thenAccepted() {
        assertThat(SubscriptionType.parse("x".repeat(50)).isAccepted()).isTrue();
    }

    @Test
    void givenFiftyOneCharacters_whenParsed_thenTooLongError() {
        Parsed<SubscriptionType> parsed = SubscriptionType.parse("x".repeat(51));

        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.SUBSCRIPTION_TYPE, Severity.ERROR, "text.too-long",
                        java.util.List.of("50", "51")));
    }

    @Test
    void givenBlank_whenParsed_thenBlankError() {
        assertThat(SubscriptionType.parse("   ").findings())
                .extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.SUBSCRIPTION_TYPE, Severity.ERROR, "blank"));
    }

    @Test
    void givenControlCharacter_whenParsed_thenOnlyTheControlCharacterError() {
        assertThat(SubscriptionType.parse("ab\u0000c").findings())
                .extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.SUBSCRIPTION_TYPE, Severity.ERROR, "text.control-character"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab\u200Bc", "ab\uE000c", "ab\u00ADc", "ab\u202Ec"})
    void givenInvisibleFormatOrPrivateUseCharacter_whenParsed_thenTheOneRuleOfEveryTextRefusesIt(String typed) {
        Parsed<SubscriptionType> parsed = SubscriptionType.parse(typed);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.SUBSCRIPTION_TYPE, Severity.ERROR, "text.control-character",
                        java.util.List.of(String.format("U+%04X", (int) typed.charAt(2)), "3")));
    }

    @Test
    void givenAnUnassignedCodePoint_whenParsed_thenNoLongerRefused() {
        // Cn is not refused: which code points are assigned differs between Java versions
        assertThat(SubscriptionType.parse("ab\u0378c").isAccepted()).isTrue();
    }

    // --- a word that says "no mandate" --------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"aucun", "Aucun", "AUCUN", "none", "None", "geen", "Geen", "néant", "Néant", "NEANT",
            "neant", "nvt", "NVT", " aucun "})
    void givenWordThatSaysNoMandate_whenParsed_thenStoredWithMandateWordWarning(String typed) {
        Parsed<SubscriptionType> parsed = SubscriptionType.parse(typed);

        assertThat(parsed.isAccepted()).isTrue();
        assertThat(parsed.value().value()).isEqualTo(typed.strip());
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.SUBSCRIPTION_TYPE, Severity.WARNING, "subscription-type.mandate-word",
                        java.util.List.of(typed.strip())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aucun mandat", "nonex", "geen-1", "n.v.t", "ABO-2024-17", "0"})
    void givenWordThatOnlyContainsOrResemblesOne_whenParsed_thenNoWarning(String typed) {
        assertThat(SubscriptionType.parse(typed).findings()).isEmpty();
    }

    @Test
    void givenNoMandateWord_whenRecordBuilt_thenNotRefusedBecauseAWarningIsNoError() {
        assertThat(new SubscriptionType("aucun").value()).isEqualTo("aucun");
    }
}
