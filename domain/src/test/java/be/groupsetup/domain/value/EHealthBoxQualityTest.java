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

class EHealthBoxQualityTest {

    @ParameterizedTest
    @CsvSource({
            "GROUP, GROUP", "group, GROUP", "Nurse, NURSE", "INSTITUTION, INSTITUTION",
            "HOME_SERVICES, HOME_SERVICES", "home services, HOME_SERVICES", "home-services, HOME_SERVICES",
            "homeservices, HOME_SERVICES", "MIDWIFE, MIDWIFE", "medical house, MEDICAL_HOUSE",
            "MEDICAL_HOUSE, MEDICAL_HOUSE"
    })
    void givenKnownQualityInAnySpelling_whenParsed_thenCanonicalQualitySilently(String typed, String stored) {
        Parsed<String> parsed = EHealthBoxQuality.parse(typed);

        assertThat(parsed.value()).isEqualTo(stored);
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenUnknownQuality_whenParsed_thenKeptWithWarningListingTheKnownQualities() {
        Parsed<String> parsed = EHealthBoxQuality.parse("doctor");

        assertThat(parsed.value()).isEqualTo("DOCTOR");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX_QUALITY, Severity.WARNING, "ehealth-box-quality.unknown",
                        List.of("DOCTOR", "GROUP, NURSE, INSTITUTION, HOME_SERVICES, MIDWIFE, MEDICAL_HOUSE")));
    }

    @Test
    void givenBlank_whenParsed_thenBlankError() {
        assertThat(EHealthBoxQuality.parse("").findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX_QUALITY, Severity.ERROR, "blank"));
    }

    @Test
    void givenCanonicalValues_whenFromCanonical_thenOnlyExactNamesFound() {
        assertThat(EHealthBoxQuality.fromCanonical("HOME_SERVICES")).contains(EHealthBoxQuality.HOME_SERVICES);
        assertThat(EHealthBoxQuality.fromCanonical("HOMESERVICES")).isEmpty();
    }
}
