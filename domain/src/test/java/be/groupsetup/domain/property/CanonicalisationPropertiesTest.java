package be.groupsetup.domain.property;

import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.configuration.ConfigurationFixtures;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.reference.PostalDirectory;
import be.groupsetup.domain.value.Bic;
import be.groupsetup.domain.value.EHealthBoxIdentifier;
import be.groupsetup.domain.value.EnterpriseNumber;
import be.groupsetup.domain.value.GroupNumber;
import be.groupsetup.domain.value.Iban;
import be.groupsetup.domain.value.InamiNumber;
import be.groupsetup.domain.value.Inss;
import be.groupsetup.domain.value.MutualityNumber;
import be.groupsetup.domain.value.PhoneNumber;
import be.groupsetup.domain.value.PostalCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static be.groupsetup.domain.configuration.ConfigurationFixtures.settableValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Numbers built with the published check-digit rules are accepted, whatever their separators, blanks and
 * letter case, and stored in their one canonical form; reformatting is silent: the typed spelling gives
 * exactly the findings of its plain spelling (docs/rules.md §1.3, §1.5).
 */
class CanonicalisationPropertiesTest {

    private static final ConfigurationRules RULES = ConfigurationRules.standard(ConfigurationFixtures.CLOCK);

    // ---- enterprise numbers -------------------------------------------------------------------------------

    static Stream<Arguments> enterpriseNumbers() {
        return Cases.of("enterprise-number.spelled", 200,
                random -> spelledEnterpriseNumber(random, Generators.enterpriseNumber(random)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enterpriseNumbers")
    void givenEnterpriseNumberWithValidCheckDigits_whenSpelledAnyway_thenStoredAsItsTenDigitsSilently(Case<Spelled> c) {
        c.verify(number -> {
            assertAcceptedSilently(EnterpriseNumber.parse(number.typed()).map(EnterpriseNumber::value), number);
            assertAcceptedSilently(RULES.parse(FieldKey.ENTERPRISE_NUMBER, number.typed()), number);
            // the same rules for an eHealthBox of type CBE
            assertAcceptedSilently(EHealthBoxIdentifier.check(number.typed(), "CBE", "INSTITUTION", Generators.CURRENT_YEAR), number);
        });
    }

    static Stream<Arguments> abolishedPseudoNumbers() {
        return Cases.of("enterprise-number.pseudo-number", 50, random -> new Spelled(
                Spellings.respellEnterpriseNumber(random, Generators.ABOLISHED_PSEUDO_NUMBER),
                Generators.ABOLISHED_PSEUDO_NUMBER, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("abolishedPseudoNumbers")
    void givenThePseudoNumberAbolishedIn2021_whenSpelledAnyway_thenRefusedThoughItsCheckDigitsHold(Case<Spelled> c) {
        c.verify(number -> {
            assertThat(Generators.enterpriseCheckHolds(number.compact())).as("check digits hold").isTrue();
            Parsed<String> parsed = RULES.parse(FieldKey.ENTERPRISE_NUMBER, number.typed());
            assertThat(parsed.isAccepted()).as("accepted").isFalse();
            assertThat(parsed.findings()).extracting(Finding::code).containsExactly("enterprise-number.pseudo-number");
        });
    }

    static Stream<Arguments> legacyEnterpriseNumbers() {
        return Cases.of("enterprise-number.nine-digits", 100, random -> {
            String number = Generators.enterpriseNumberStartingWithZero(random);
            return new Spelled(Spellings.respellEnterpriseNumber(random, number.substring(1)), number.substring(1), number);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyEnterpriseNumbers")
    void givenNineDigitLegacyEnterpriseNumber_whenParsed_thenLeadingZeroRestoredWithANote(Case<Spelled> c) {
        c.verify(number -> {
            Parsed<String> parsed = RULES.parse(FieldKey.ENTERPRISE_NUMBER, number.typed());
            assertThat(parsed.value()).isEqualTo(number.stored());
            assertThat(parsed.findings()).extracting(Finding::severity, Finding::code)
                    .containsExactly(tuple(Severity.NOTE, "enterprise-number.completed"));
        });
    }

    // ---- INAMI numbers ------------------------------------------------------------------------------------

    static Stream<Arguments> nurseInamiNumbers() {
        return Cases.of("inami.nurse.spelled", 200,
                random -> Spellings.identifier(random, Generators.inami(random, '4', Generators.inamiRule(random))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nurseInamiNumbers")
    void givenNurseInamiNumberUnderEitherRule_whenSpelledAnyway_thenStoredAsItsElevenDigitsSilently(Case<Spelled> c) {
        c.verify(number -> {
            assertAcceptedSilently(InamiNumber.parseNurse(number.typed()).map(InamiNumber::value), number);
            assertAcceptedSilently(InamiNumber.parseCareProvider(number.typed()).map(InamiNumber::value), number);
            assertAcceptedSilently(RULES.parse(FieldKey.INAMI, number.typed()), number);
            assertAcceptedSilently(RULES.parse(FieldKey.REFERENCE_CARE_PROVIDER, number.typed()), number);
        });
    }

    static Stream<Arguments> otherCareProviderInamiNumbers() {
        return Cases.of("inami.other-provider.spelled", 150, random -> Spellings.identifier(random,
                Generators.inami(random, Generators.otherProfession(random), Generators.inamiRule(random))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherCareProviderInamiNumbers")
    void givenOtherCareProvidersInamiNumber_whenParsed_thenAcceptedAsReferenceButRefusedAsRepresentingNurse(Case<Spelled> c) {
        c.verify(number -> {
            assertAcceptedSilently(RULES.parse(FieldKey.REFERENCE_CARE_PROVIDER, number.typed()), number);
            Parsed<String> asNurse = RULES.parse(FieldKey.INAMI, number.typed());
            assertThat(asNurse.isAccepted()).isFalse();
            assertThat(asNurse.findings()).extracting(Finding::code).containsExactly("inami.profession");
        });
    }

    static Stream<Arguments> eightDigitInamiNumbers() {
        return Cases.of("inami.eight-digits", 100, random -> {
            String eight = Generators.inami(random, '4', Generators.inamiRule(random)).substring(0, 8);
            return new Spelled(Spellings.respell(random, eight), eight, null);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eightDigitInamiNumbers")
    void givenInamiNumberWithoutItsQualificationCode_whenParsed_thenRefusedSayingTheCodeIsNeeded(Case<Spelled> c) {
        c.verify(number -> {
            Parsed<String> parsed = RULES.parse(FieldKey.INAMI, number.typed());
            assertThat(parsed.isAccepted()).as("accepted").isFalse();
            assertThat(parsed.findings()).extracting(Finding::severity, Finding::code, Finding::messageKey)
                    .containsExactly(tuple(Severity.ERROR, "inami.length",
                            "inami.length.qualification-missing"));
        });
    }

    // ---- group numbers ------------------------------------------------------------------------------------

    static Stream<Arguments> elevenDigitGroupNumbers() {
        return Cases.of("group-number.eleven-digits", 150,
                random -> Spellings.identifier(random, Generators.groupNumber(random, 11)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elevenDigitGroupNumbers")
    void givenElevenDigitGroupNumberStartingWith94_whenSpelledAnyway_thenStoredAsItsDigitsSilently(Case<Spelled> c) {
        c.verify(number -> {
            assertAcceptedSilently(GroupNumber.parse(number.typed()).map(GroupNumber::value), number);
            assertAcceptedSilently(RULES.parse(FieldKey.GROUP_NUMBER, number.typed()), number);
            assertThat(GroupConfiguration.create(number.typed()).value().groupNumber().value()).isEqualTo(number.stored());
        });
    }

    static Stream<Arguments> eightDigitGroupNumbers() {
        return Cases.of("group-number.eight-digits", 150, random -> {
            String eight = Generators.groupNumber(random, 8);
            return new Spelled(Spellings.respell(random, eight), eight, eight + "001");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eightDigitGroupNumbers")
    void givenEightDigitGroupNumber_whenSpelledAnyway_thenCompletedWith001AndANote(Case<Spelled> c) {
        c.verify(number -> {
            Parsed<String> parsed = RULES.parse(FieldKey.GROUP_NUMBER, number.typed());
            assertThat(parsed.value()).isEqualTo(number.stored());
            assertThat(parsed.findings()).extracting(Finding::severity, Finding::code)
                    .containsExactly(tuple(Severity.NOTE, "group-number.completed"));
        });
    }

    static Stream<Arguments> groupNumbersWithAnotherPrefix() {
        return Cases.of("group-number.other-prefix", 100, random -> {
            String number;
            String stored;
            do {
                number = Generators.digits(random, random.nextBoolean() ? 8 : 11);
                stored = number.length() == 8 ? number + "001" : number;
            } while (number.startsWith("94") || hasPersonalInamiForm(stored));
            return new Spelled(Spellings.respell(random, number), number, stored);
        });
    }

    /** A nurse's INAMI number's form (profession digit 4, check digits of either rule): its own warning. */
    private static boolean hasPersonalInamiForm(String number) {
        return number.charAt(0) == '4'
                && (Generators.InamiRule.MOD_97.holds(number) || Generators.InamiRule.MOD_89.holds(number));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groupNumbersWithAnotherPrefix")
    void givenGroupNumberNotStartingWith94_whenParsed_thenAcceptedWithAPrefixWarning(Case<Spelled> c) {
        c.verify(number -> {
            Parsed<String> parsed = RULES.parse(FieldKey.GROUP_NUMBER, number.typed());
            assertThat(parsed.value()).isEqualTo(number.stored());
            assertThat(parsed.findings()).filteredOn(finding -> finding.severity() == Severity.WARNING)
                    .extracting(Finding::code).containsExactly("group-number.prefix");
            assertThat(parsed.findings()).noneMatch(Finding::isError);
        });
    }

    // ---- IBANs --------------------------------------------------------------------------------------------

    static Stream<Arguments> belgianIbans() {
        return Cases.of("iban.belgian.spelled", 200,
                random -> Spellings.identifier(random, Generators.belgianIban(random)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("belgianIbans")
    void givenBelgianIbanWithBothCheckDigits_whenSpelledAnyway_thenStoredCompactUpperCaseSilently(Case<Spelled> c) {
        c.verify(iban -> {
            assertAcceptedSilently(Iban.parse(iban.typed()).map(Iban::value), iban);
            assertAcceptedSilently(RULES.parse(FieldKey.IBAN, iban.typed()), iban);
        });
    }

    static Stream<Arguments> foreignIbans() {
        return Cases.of("iban.foreign.spelled", 150,
                random -> Spellings.identifier(random, Generators.foreignIban(random)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignIbans")
    void givenValidForeignIban_whenSpelledAnyway_thenStoredCompactWithOnlyTheNotBelgianWarning(Case<Spelled> c) {
        c.verify(iban -> {
            Parsed<String> parsed = RULES.parse(FieldKey.IBAN, iban.typed());
            assertThat(parsed.value()).isEqualTo(iban.stored());
            assertThat(parsed.findings()).extracting(Finding::severity, Finding::code)
                    .containsExactly(tuple(Severity.WARNING, "iban.not-belgian"));
            assertThat(parsed.findings()).isEqualTo(RULES.parse(FieldKey.IBAN, iban.compact()).findings());
        });
    }

    // ---- INSS (eHealthBox of type INSS) -------------------------------------------------------------------

    static Stream<Arguments> inssNumbers() {
        return Cases.of("inss.spelled", 200,
                random -> Spellings.identifier(random, Generators.inss(random, Generators.inssRule(random))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inssNumbers")
    void givenInssUnderEitherRule_whenSpelledAnyway_thenStoredAsItsElevenDigitsSilently(Case<Spelled> c) {
        c.verify(inss -> {
            assertAcceptedSilently(Inss.parse(FieldKey.EHEALTH_BOX, inss.typed(), Generators.CURRENT_YEAR).map(Inss::value), inss);
            for (String type : List.of("INSS", "SSIN", "NISS")) {
                // the type as stored: the aliases are read as INSS by the type's own parser
                String storedType = RULES.parse(FieldKey.EHEALTH_BOX_TYPE, type).value();
                assertAcceptedSilently(EHealthBoxIdentifier.check(inss.typed(), storedType, "NURSE", Generators.CURRENT_YEAR), inss);
            }
        });
    }

    // ---- phone, BIC, postal code, mutuality ---------------------------------------------------------------

    static Stream<Arguments> belgianPhoneNumbers() {
        return Cases.of("phone.belgian.spelled", 250, Spellings::belgianPhone);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("belgianPhoneNumbers")
    void givenValidBelgianPhoneNumberInAnyUsualSpelling_whenParsed_thenStoredE164Silently(Case<Spelled> c) {
        c.verify(phone -> {
            assertAcceptedSilently(PhoneNumber.parse(phone.typed()).map(PhoneNumber::value), phone);
            assertAcceptedSilently(RULES.parse(FieldKey.PHONE, phone.typed()), phone);
        });
    }

    static Stream<Arguments> bics() {
        return Cases.of("bic.spelled", 150, random -> Spellings.identifier(random, Generators.bic(random)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bics")
    void givenWellFormedBicOfAKnownCountry_whenSpelledAnyway_thenStoredCompactUpperCaseSilently(Case<Spelled> c) {
        c.verify(bic -> {
            assertAcceptedSilently(Bic.parse(bic.typed()).map(Bic::value), bic);
            assertAcceptedSilently(RULES.parse(FieldKey.BIC, bic.typed()), bic);
        });
    }

    static Stream<Arguments> postalCodes() {
        return Cases.of("postal-code.spelled", 150,
                random -> Spellings.identifier(random, Generators.postalCode(random)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("postalCodes")
    void givenFourDigitPostalCodeFrom1000To9999_whenSpelledAnyway_thenStoredAsItsDigits(Case<Spelled> c) {
        c.verify(code -> {
            Parsed<String> parsed = PostalCode.parse(code.typed(), PostalDirectory.belgian()).map(PostalCode::value);
            assertThat(parsed.value()).isEqualTo(code.stored());
            assertThat(parsed.findings()).noneMatch(Finding::isError);
            assertSameFindingsAsCompact(FieldKey.POSTAL_CODE, code);
        });
    }

    static Stream<Arguments> mutualityNumbers() {
        return Cases.of("single-point-of-contact.spelled", 150,
                random -> Spellings.identifier(random, Generators.mutualityNumber(random)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutualityNumbers")
    void givenThreeDigitMutualityNumber_whenSpelledAnyway_thenStoredWithAtMostAWarning(Case<Spelled> c) {
        c.verify(number -> {
            Parsed<String> parsed = MutualityNumber.parse(number.typed()).map(MutualityNumber::value);
            assertThat(parsed.value()).isEqualTo(number.stored());
            assertThat(parsed.findings()).allMatch(finding -> finding.severity() == Severity.WARNING);
            int value = Integer.parseInt(number.stored());
            assertThat(parsed.findings().isEmpty()).isEqualTo(value >= 101 && value <= 199);
            assertSameFindingsAsCompact(FieldKey.SINGLE_POINT_OF_CONTACT, number);
        });
    }

    // ---- a whole configuration in one change --------------------------------------------------------------

    static Stream<Arguments> completeConfigurations() {
        return Cases.of("configuration.complete-change", 100, Configurations::completeChange);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completeConfigurations")
    void givenEveryFieldValidAndSpelledAnyway_whenChangedAtOnce_thenAcceptedAndEveryValueStoredCanonical(
            Case<Configurations.CompleteChange> c) {
        c.verify(change -> {
            GroupConfiguration empty = GroupConfiguration.create(change.groupNumber()).value();
            ChangeOutcome outcome = empty.change(change.typed(), RULES);

            assertThat(outcome).isInstanceOf(ChangeOutcome.Accepted.class);
            GroupConfiguration changed = ((ChangeOutcome.Accepted) outcome).configuration();
            assertThat(settableValues(changed)).isEqualTo(change.stored());
            assertThat(changed.value(FieldKey.MANDATE_TYPE)).contains("aucun");
            assertThat(changed.value(FieldKey.MANDATE_NUMBER)).contains("");
            assertThat(changed.isComplete(RULES)).isTrue();
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static Spelled spelledEnterpriseNumber(Random random, String number) {
        return new Spelled(Spellings.respellEnterpriseNumber(random, number), number, number);
    }

    /** Accepted with the canonical value and without any finding: valid, and reformatting is silent. */
    private static void assertAcceptedSilently(Parsed<String> parsed, Spelled expected) {
        assertThat(parsed.findings()).as("findings").isEmpty();
        assertThat(parsed.value()).as("stored value").isEqualTo(expected.stored());
    }

    private static void assertSameFindingsAsCompact(FieldKey field, Spelled value) {
        assertThat(RULES.parse(field, value.typed()).findings()).as("findings of the typed spelling")
                .isEqualTo(RULES.parse(field, value.compact()).findings());
    }
}
