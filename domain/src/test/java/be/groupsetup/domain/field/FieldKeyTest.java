package be.groupsetup.domain.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class FieldKeyTest {

    @Test
    void givenTheScreen_whenFieldsListed_thenInTheSourceProcedureOrderWithTheirKeys() {
        assertThat(Arrays.stream(FieldKey.values()).map(FieldKey::key)).containsExactly(
                "company-name", "city", "postal-code", "street", "iban", "bic", "first-name", "last-name", "phone",
                "subscription-type", "inami", "group-number", "enterprise-number", "single-point-of-contact",
                "reference-care-provider", "mandate-type", "mandate-number", "ehealth-box", "ehealth-box-type",
                "ehealth-box-quality");
    }

    @Test
    void givenTheSpecTable_whenRequirementsAsked_thenFifteenRequiredTwoFixedThreeOptional() {
        assertThat(Arrays.stream(FieldKey.values()).filter(FieldKey::isRequired)).hasSize(15)
                .doesNotContain(FieldKey.MANDATE_TYPE, FieldKey.MANDATE_NUMBER, FieldKey.EHEALTH_BOX,
                        FieldKey.EHEALTH_BOX_TYPE, FieldKey.EHEALTH_BOX_QUALITY);
        assertThat(Arrays.stream(FieldKey.values()).filter(FieldKey::isFixed))
                .containsExactly(FieldKey.MANDATE_TYPE, FieldKey.MANDATE_NUMBER);
        assertThat(FieldKey.EHEALTH_BOX.isRequired()).isFalse();
        assertThat(FieldKey.EHEALTH_BOX.isFixed()).isFalse();
    }

    @Test
    void givenFreeTextFields_whenNormalizationAsked_thenTextElseIdentifier() {
        assertThat(Arrays.stream(FieldKey.values()).filter(f -> f.normalization() == FieldKey.Normalization.TEXT))
                .containsExactly(FieldKey.COMPANY_NAME, FieldKey.CITY, FieldKey.STREET, FieldKey.FIRST_NAME,
                        FieldKey.LAST_NAME, FieldKey.PHONE, FieldKey.SUBSCRIPTION_TYPE);
    }

    @Test
    void givenExactKey_whenFromKey_thenThatField() {
        assertThat(FieldKey.fromKey("single-point-of-contact")).contains(FieldKey.SINGLE_POINT_OF_CONTACT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--company-name", "COMPANY-NAME", "company_name", "COMPANY_NAME", "  company-name  ",
            "--Company_Name"})
    void givenCaseUnderscoresDashesOrBlanks_whenFromKey_thenFound(String typed) {
        assertThat(FieldKey.fromKey(typed)).contains(FieldKey.COMPANY_NAME);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "company", "companyname", "-company-name", "nr-de-groupe"})
    void givenUnknownOrNullKey_whenFromKey_thenEmpty(String typed) {
        assertThat(FieldKey.fromKey(typed)).isEmpty();
    }

    @Test
    void givenAField_whenToString_thenItsKey() {
        assertThat(FieldKey.EHEALTH_BOX_TYPE).hasToString("ehealth-box-type");
    }
}
