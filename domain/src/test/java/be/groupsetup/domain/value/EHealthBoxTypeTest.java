package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EHealthBoxTypeTest {

    @ParameterizedTest
    @CsvSource({
            "INSS, INSS", "inss, INSS", "SSIN, INSS", "ssin, INSS", "NISS, INSS", "' n.i.s.s ', INSS",
            "NIHII, NIHII", "nihii, NIHII", "INAMI, NIHII", "RIZIV, NIHII",
            "CBE, CBE", "cbe, CBE", "BCE, CBE", "KBO, CBE"
    })
    void givenKnownTypeOrAlias_whenParsed_thenCanonicalTypeSilently(String typed, String stored) {
        Parsed<String> parsed = EHealthBoxType.parse(typed);

        assertThat(parsed.value()).isEqualTo(stored);
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenUnknownType_whenParsed_thenKeptNormalisedWithWarningListingTheKnownTypes() {
        Parsed<String> parsed = EHealthBoxType.parse("ehp");

        assertThat(parsed.value()).isEqualTo("EHP");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX_TYPE, Severity.WARNING, "ehealth-box-type.unknown",
                        List.of("EHP", "NIHII, CBE, INSS")));
    }

    @Test
    void givenBlank_whenParsed_thenBlankError() {
        assertThat(EHealthBoxType.parse(" ").findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX_TYPE, Severity.ERROR, "blank"));
    }

    @Test
    void givenCanonicalValues_whenFromCanonical_thenOnlyExactNamesFound() {
        assertThat(EHealthBoxType.fromCanonical("INSS")).contains(EHealthBoxType.INSS);
        assertThat(EHealthBoxType.fromCanonical("SSIN")).isEmpty();
        assertThat(EHealthBoxType.fromCanonical(null)).isEmpty();
    }
}
