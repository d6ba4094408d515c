package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.reference.PostalDirectory;
import be.groupsetup.domain.reference.ResourcePostalDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PostalCodeTest {

    private static final PostalDirectory TABLE = ResourcePostalDirectory.read(new ByteArrayInputStream(
            "postal_code,name,kind\n1000,Bruxelles,municipality\n9999,Nulle-Part,locality\n4000,Liège,municipality\n"
                    .getBytes(StandardCharsets.UTF_8)));

    @ParameterizedTest
    @ValueSource(strings = {"1000", " 1000 ", "1 000", "1.000", "1\u00A0000"})
    void givenKnownCodeWithBlanksOrSeparators_whenParsed_thenStoredAsFourDigitsSilently(String typed) {
        Parsed<PostalCode> parsed = PostalCode.parse(typed, TABLE);

        assertThat(parsed.value()).isEqualTo(new PostalCode("1000"));
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenHighestCode_whenParsed_thenAccepted() {
        assertThat(PostalCode.parse("9999", TABLE).value().value()).isEqualTo("9999");
    }

    @Test
    void givenWellFormedCodeMissingFromTheTable_whenParsed_thenStoredWithUnknownWarning() {
        Parsed<PostalCode> parsed = PostalCode.parse("1001", TABLE);

        assertThat(parsed.value().value()).isEqualTo("1001");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.POSTAL_CODE, Severity.WARNING, "postal-code.unknown", List.of("1001")));
    }

    @Test
    void givenEmbeddedTable_whenRealCodeParsed_thenNoWarning() {
        assertThat(PostalCode.parse("6747", PostalDirectory.belgian()).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0999", "999", "10000", "0000", "10a0", "B-0999", "BE10000", "X-1000", "1000,"})
    void givenNotFourDigitsFrom1000To9999_whenParsed_thenFormatError(String typed) {
        Parsed<PostalCode> parsed = PostalCode.parse(typed, TABLE);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.POSTAL_CODE, Severity.ERROR, "postal-code.format"));
    }

    @Test
    void givenBlank_whenParsed_thenBlankError() {
        assertThat(PostalCode.parse("  ", TABLE).findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.POSTAL_CODE, Severity.ERROR, "blank"));
    }

    @Test
    void givenNonCanonicalValue_whenConstructedDirectly_thenRefused() {
        assertThatThrownBy(() -> new PostalCode("0999")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostalCode("1 000")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"B-1000", "B1000", "BE-1000", "be 1000"})
    void givenOldCountryPrefix_whenParsed_thenTheFourDigitsAreStored(String input) {
        Parsed<PostalCode> parsed = PostalCode.parse(input, PostalDirectory.belgian());

        assertThat(parsed.value().value()).isEqualTo("1000");
        assertThat(parsed.findings()).isEmpty();
    }
}
