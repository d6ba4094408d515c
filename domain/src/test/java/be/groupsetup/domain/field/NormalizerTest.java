package be.groupsetup.domain.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizerTest {

    @Test
    void givenSurroundingAndInnerBlanks_whenText_thenTrimmedAndCollapsedToOneSpace() {
        assertThat(Normalizer.text("   Rue  de la   Loi\t\t16  ")).isEqualTo("Rue de la Loi 16");
    }

    @Test
    void givenNoBreakSpaces_whenText_thenTreatedAsBlanks() {
        assertThat(Normalizer.text("\u00A0Saint-Léger\u00A0\u00A0\u202FCentre\u00A0")).isEqualTo("Saint-Léger Centre");
    }

    @Test
    void givenLineBreaksAroundTheValue_whenText_thenTrimmed() {
        assertThat(Normalizer.text("\r\n Gent \n")).isEqualTo("Gent");
    }

    @Test
    void givenAccentsApostrophesHyphensAndCase_whenText_thenKept() {
        assertThat(Normalizer.text("Françoise D'Hondt – l’Alleud-Saint-Léger"))
                .isEqualTo("Françoise D'Hondt – l’Alleud-Saint-Léger");
    }

    @Test
    void givenNull_whenText_thenEmpty() {
        assertThat(Normalizer.text(null)).isEmpty();
        assertThat(Normalizer.identifier(null)).isEmpty();
    }

    @Test
    void givenOnlyBlanks_whenText_thenEmpty() {
        assertThat(Normalizer.text(" \t\u00A0 ")).isEmpty();
    }

    @Test
    void givenSeparatorsBlanksAndLowerCase_whenIdentifier_thenRemovedAndUpperCased() {
        assertThat(Normalizer.identifier(" be68 5390-0754.7034 ")).isEqualTo("BE68539007547034");
        assertThat(Normalizer.identifier("(0428)/759.497")).isEqualTo("0428759497");
        assertThat(Normalizer.identifier("4-12345-02-001")).isEqualTo("41234502001");
    }

    @Test
    void givenNoBreakSpacesAndTabsInsideANumber_whenIdentifier_thenRemoved() {
        assertThat(Normalizer.identifier("0428\u00A0759\u202F497\t")).isEqualTo("0428759497");
    }

    @Test
    void givenOtherPunctuation_whenIdentifier_thenKeptForTheRuleToRefuse() {
        assertThat(Normalizer.identifier("94,123_456")).isEqualTo("94,123_456");
    }

    @ParameterizedTest
    @EnumSource(value = FieldKey.class, names = {"COMPANY_NAME", "CITY", "STREET", "FIRST_NAME", "LAST_NAME",
            "SUBSCRIPTION_TYPE", "PHONE"})
    void givenFreeTextOrPhoneField_whenNormalized_thenCharactersAndCaseKept(FieldKey field) {
        assertThat(Normalizer.normalize(field, "  d'Hondt-Dupont  (Gand)  ")).isEqualTo("d'Hondt-Dupont (Gand)");
    }

    @ParameterizedTest
    @EnumSource(value = FieldKey.class, names = {"POSTAL_CODE", "IBAN", "BIC", "INAMI", "GROUP_NUMBER",
            "ENTERPRISE_NUMBER", "SINGLE_POINT_OF_CONTACT", "REFERENCE_CARE_PROVIDER", "EHEALTH_BOX",
            "EHEALTH_BOX_TYPE", "EHEALTH_BOX_QUALITY"})
    void givenIdentifierField_whenNormalized_thenSeparatorsRemovedAndUpperCased(FieldKey field) {
        assertThat(Normalizer.normalize(field, " ab.c-d/e (f) g ")).isEqualTo("ABCDEFG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0123456789", "94123456001"})
    void givenAsciiDigits_whenIsDigits_thenTrue(String value) {
        assertThat(Normalizer.isDigits(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12a", " 12", "-1", "١٢٣"})
    void givenEmptyOrNonAsciiDigits_whenIsDigits_thenFalse(String value) {
        assertThat(Normalizer.isDigits(value)).isFalse();
    }
}
