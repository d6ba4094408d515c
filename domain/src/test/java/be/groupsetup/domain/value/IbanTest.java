package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/*
 * Test accounts (mod-97 and the Belgian national check verified by hand):
 * BE68539007547034 (bank 539), BE35310123456737 (bank 310), BE54310123453097 (first ten digits a multiple
 * of 97, so national check 97), BE62310123456736 (mod-97 right, national check 36 instead of 37).
 */
class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"BE68539007547034", "be68 5390 0754 7034", " BE68-5390-0754-7034 ", "BE68.5390.0754.7034",
            "BE68\u00A05390\u00A00754\u00A07034", "(BE68) 5390/0754/7034"})
    void givenBelgianIbanWithSeparatorsOrLowerCase_whenParsed_thenStoredCompactUpperCaseSilently(String typed) {
        Parsed<Iban> parsed = Iban.parse(typed);

        assertThat(parsed.value()).isEqualTo(new Iban("BE68539007547034"));
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenStoredIban_whenReadable_thenGroupsOfFour() {
        assertThat(new Iban("BE68539007547034").readable()).isEqualTo("BE68 5390 0754 7034");
        assertThat(new Iban("NL91ABNA0417164300").readable()).isEqualTo("NL91 ABNA 0417 1643 00");
    }

    @Test
    void givenNationalCheckOfNinetySeven_whenParsed_thenAccepted() {
        Parsed<Iban> parsed = Iban.parse("BE54 3101 2345 3097");

        assertThat(parsed.value().value()).isEqualTo("BE54310123453097");
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void givenNationalCheckOfZeroWhereNinetySevenIsDue_whenParsed_thenNationalCheckError() {
        // BE54310123453000 passes mod-97 (97 and 00 are congruent) but the national check must read 97
        Parsed<Iban> parsed = Iban.parse("BE54310123453000");

        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.IBAN, Severity.ERROR, "iban.national-check"));
    }

    @Test
    void givenBelgianIbanWithValidMod97ButWrongNationalCheck_whenParsed_thenNationalCheckError() {
        Parsed<Iban> parsed = Iban.parse("BE62 3101 2345 6736");

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.IBAN, Severity.ERROR, "iban.national-check"));
    }

    @Test
    void givenWrongIbanCheckDigits_whenParsed_thenChecksumError() {
        Parsed<Iban> parsed = Iban.parse("BE69539007547034");

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.IBAN, Severity.ERROR, "iban.checksum"));
    }

    @Test
    void givenOneDigitChangedInTheAccount_whenParsed_thenChecksumAndNationalCheckErrors() {
        Parsed<Iban> parsed = Iban.parse("BE68539007547035");

        assertThat(parsed.findings()).extracting(Finding::severity, Finding::code)
                .containsExactlyInAnyOrder(tuple(Severity.ERROR, "iban.checksum"),
                        tuple(Severity.ERROR, "iban.national-check"));
    }

    @Test
    void givenDutchIban_whenParsed_thenStoredWithNotBelgianWarning() {
        Parsed<Iban> parsed = Iban.parse("nl91 abna 0417 1643 00");

        assertThat(parsed.value().value()).isEqualTo("NL91ABNA0417164300");
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.IBAN, Severity.WARNING, "iban.not-belgian", List.of("NL")));
    }

    @Test
    void givenBelgianIbanTooShort_whenParsed_thenLengthErrorWithExpectedAndActual() {
        Parsed<Iban> parsed = Iban.parse("BE6853900754703");

        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.IBAN, Severity.ERROR, "iban.length", List.of("16", "15")));
    }

    @Test
    void givenUnknownCountry_whenParsed_thenCountryError() {
        Parsed<Iban> parsed = Iban.parse("XX68539007547034");

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.IBAN, Severity.ERROR, "iban.country", List.of("XX")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "B", "BE", "hello"})
    void givenGarbage_whenParsed_thenRefusedWithAnIbanErrorAndNothingThrown(String typed) {
        Parsed<Iban> parsed = Iban.parse(typed);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.field()).isEqualTo(FieldKey.IBAN);
            assertThat(finding.code()).startsWith("iban.");
        });
    }

    @Test
    void givenBlank_whenParsed_thenBlankError() {
        assertThat(Iban.parse(" \u00A0 ").findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.IBAN, Severity.ERROR, "blank"));
    }

    @Test
    void givenBelgianIban_whenBankAsked_thenFirstThreeBbanDigitsAndCountry() {
        Iban iban = new Iban("BE35310123456737");

        assertThat(iban.isBelgian()).isTrue();
        assertThat(iban.countryCode()).isEqualTo("BE");
        assertThat(iban.belgianBankCode()).isEqualTo("310");
        assertThat(iban.bankIdentifier()).isEqualTo("BE:310");
    }

    @Test
    void givenTwoAccountsOfOneBank_whenBankIdentifierCompared_thenEqual() {
        assertThat(new Iban("BE35310123456737").bankIdentifier()).isEqualTo(new Iban("BE02310765432140").bankIdentifier());
        assertThat(new Iban("BE35310123456737").bankIdentifier()).isNotEqualTo(new Iban("BE17320123456721").bankIdentifier());
    }

    @Test
    void givenDutchIban_whenBankAsked_thenNotBelgianAndCountryWithBankCode() {
        Iban iban = new Iban("NL91ABNA0417164300");

        assertThat(iban.isBelgian()).isFalse();
        assertThat(iban.bankIdentifier()).isEqualTo("NL:ABNA");
    }

    @Test
    void givenNonCompactValue_whenConstructedDirectly_thenRefused() {
        assertThatThrownBy(() -> new Iban("be68539007547034")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Iban("BE68 5390 0754 7034")).isInstanceOf(IllegalArgumentException.class);
    }
}
