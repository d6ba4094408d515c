package be.groupsetup.domain.property;

import be.groupsetup.domain.configuration.ConfigurationFixtures;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.property.Generators.InamiRule;
import be.groupsetup.domain.property.Generators.InssRule;
import be.groupsetup.domain.value.EHealthBoxIdentifier;
import be.groupsetup.domain.value.EnterpriseNumber;
import be.groupsetup.domain.value.Inss;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One changed digit is the commonest typing mistake, and check digits exist to catch it (docs/rules.md §1.5). The
 * enterprise number and the IBAN have one rule each: a changed digit is always an error. INAMI and INSS
 * numbers have two valid rules each: a changed digit is caught, unless the changed number happens to be valid
 * under the other rule, and the tests say exactly that (a single changed digit can never satisfy the rule
 * that made the number: 97 and 89 are primes that divide no {@code d × 10^k} with {@code 0 < |d| < 10}).
 */
class CheckDigitPropertiesTest {

    private static final ConfigurationRules RULES = ConfigurationRules.standard(ConfigurationFixtures.CLOCK);

    // ---- enterprise numbers -------------------------------------------------------------------------------

    static Stream<Arguments> enterpriseNumbersWithOneDigitChanged() {
        return Cases.of("enterprise-number.one-digit-changed", 400, random -> {
            Mutation mutation = Mutation.ofOneDigit(random, Generators.enterpriseNumber(random));
            return new TypedMutation(mutation, Spellings.respellEnterpriseNumber(random, mutation.mutated()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enterpriseNumbersWithOneDigitChanged")
    void givenValidEnterpriseNumber_whenOneDigitChanged_thenAlwaysRefusedWithAnError(Case<TypedMutation> c) {
        c.verify(typed -> {
            Parsed<String> parsed = RULES.parse(FieldKey.ENTERPRISE_NUMBER, typed.typed());
            assertThat(parsed.isAccepted()).as("accepted").isFalse();
            assertThat(parsed.findings()).extracting(Finding::code)
                    .containsAnyOf("enterprise-number.checksum", "enterprise-number.first-digit");
            // the same rules for an eHealthBox of type CBE
            assertThat(EHealthBoxIdentifier.check(typed.typed(), "CBE", "INSTITUTION", Generators.CURRENT_YEAR).isAccepted()).isFalse();
            assertThat(EnterpriseNumber.parse(FieldKey.EHEALTH_BOX, typed.typed()).isAccepted()).isFalse();
        });
    }

    // ---- IBANs --------------------------------------------------------------------------------------------

    static Stream<Arguments> ibansWithOneDigitChanged() {
        return Cases.of("iban.one-digit-changed", 400, random -> {
            String iban = random.nextBoolean() ? Generators.belgianIban(random) : Generators.foreignIban(random);
            Mutation mutation = Mutation.ofOneDigit(random, iban, 2, iban.length());
            return new TypedMutation(mutation, Spellings.respell(random, mutation.mutated()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ibansWithOneDigitChanged")
    void givenValidIban_whenOneDigitChanged_thenAlwaysRefusedWithAnError(Case<TypedMutation> c) {
        c.verify(typed -> {
            Parsed<String> parsed = RULES.parse(FieldKey.IBAN, typed.typed());
            assertThat(parsed.isAccepted()).as("accepted").isFalse();
            assertThat(parsed.findings()).filteredOn(Finding::isError).isNotEmpty();
        });
    }

    static Stream<Arguments> belgianIbansWithNationalCheckBroken() {
        return Cases.of("iban.belgian.national-check-broken", 200, random -> {
            // one BBAN digit changed, then the IBAN's own check digits recomputed: only the national check is wrong
            String valid = Generators.belgianIban(random);
            Mutation changed = Mutation.ofOneDigit(random, valid, 4, valid.length());
            String bban = changed.mutated().substring(4);
            String iban = "BE" + Generators.ibanCheckDigits("BE", bban) + bban;
            Mutation mutation = new Mutation(valid, changed.position(), iban);
            return new TypedMutation(mutation, Spellings.respell(random, iban));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("belgianIbansWithNationalCheckBroken")
    void givenBelgianIbanWhoseNationalCheckNoLongerHolds_whenParsed_thenRefusedWithTheNationalCheckError(
            Case<TypedMutation> c) {
        c.verify(typed -> {
            assertThat(Generators.ibanCheckHolds(typed.mutation().mutated())).as("ISO check digits recomputed").isTrue();
            Parsed<String> parsed = RULES.parse(FieldKey.IBAN, typed.typed());
            assertThat(parsed.isAccepted()).as("accepted").isFalse();
            assertThat(parsed.findings()).extracting(Finding::code).containsExactly("iban.national-check");
        });
    }

    // ---- INAMI numbers ------------------------------------------------------------------------------------

    static Stream<Arguments> inamiNumbersWithOneDigitChanged() {
        return Cases.of("inami.one-digit-changed", 400, random -> {
            InamiRule rule = Generators.inamiRule(random);
            char profession = random.nextInt(3) == 0 ? Generators.otherProfession(random) : '4';
            Mutation mutation = Mutation.ofOneDigit(random, Generators.inami(random, profession, rule));
            return new InamiMutation(rule, new TypedMutation(mutation, Spellings.respell(random, mutation.mutated())));
        });
    }

    record InamiMutation(InamiRule rule, TypedMutation number) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inamiNumbersWithOneDigitChanged")
    void givenInamiNumber_whenOneDigitChanged_thenChecksumWarningUnlessValidUnderTheOtherRule(Case<InamiMutation> c) {
        c.verify(inami -> {
            Mutation mutation = inami.number().mutation();
            String mutated = mutation.mutated();
            boolean checkDigitsChanged = mutation.position() < 8;
            // the rule that made the number can never hold again when a checked digit changed
            assertThat(inami.rule().holds(mutated)).as("same rule holds").isEqualTo(!checkDigitsChanged);
            boolean validUnderAnyRule = inami.rule().holds(mutated) || inami.rule().other().holds(mutated);

            Parsed<String> provider = RULES.parse(FieldKey.REFERENCE_CARE_PROVIDER, inami.number().typed());
            assertThat(provider.value()).as("reference care provider's stored number").isEqualTo(mutated);
            assertThat(provider.findings()).extracting(Finding::code).as("reference care provider's findings")
                    .isEqualTo(validUnderAnyRule ? List.of() : List.of("inami.checksum"));

            Parsed<String> nurse = RULES.parse(FieldKey.INAMI, inami.number().typed());
            boolean nurseProfession = mutated.charAt(0) == '4';
            List<String> expected = new ArrayList<>();
            if (!nurseProfession) {
                expected.add("inami.profession");
            }
            if (!validUnderAnyRule) {
                expected.add("inami.checksum");
            }
            assertThat(nurse.isAccepted()).as("accepted as the representing nurse").isEqualTo(nurseProfession);
            assertThat(nurse.findings()).extracting(Finding::code).as("the nurse's findings")
                    .containsExactlyInAnyOrderElementsOf(expected);
            if (checkDigitsChanged) {
                assertThat(!nurse.findings().isEmpty() || inami.rule().other().holds(mutated))
                        .as("detected, or valid under the other rule").isTrue();
            }
        });
    }

    // ---- INSS ---------------------------------------------------------------------------------------------

    static Stream<Arguments> inssNumbersWithOneDigitChanged() {
        return Cases.of("inss.one-digit-changed", 400, random -> {
            InssRule rule = Generators.inssRule(random);
            Mutation mutation = Mutation.ofOneDigit(random, Generators.inss(random, rule));
            return new InssMutation(rule, new TypedMutation(mutation, Spellings.respell(random, mutation.mutated())));
        });
    }

    record InssMutation(InssRule rule, TypedMutation number) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inssNumbersWithOneDigitChanged")
    void givenInss_whenOneDigitChanged_thenRefusedUnlessValidUnderTheOtherRule(Case<InssMutation> c) {
        c.verify(inss -> {
            String mutated = inss.number().mutation().mutated();
            assertThat(inss.rule().holds(mutated)).as("same rule holds").isFalse();
            boolean validUnderOtherRule = inss.rule().other().holds(mutated);

            Parsed<String> parsed = Inss.parse(FieldKey.EHEALTH_BOX, inss.number().typed(), Generators.CURRENT_YEAR)
                    .map(Inss::value);
            assertThat(parsed.isAccepted()).as("accepted").isEqualTo(validUnderOtherRule);
            if (validUnderOtherRule) {
                assertThat(parsed.value()).isEqualTo(mutated);
                // valid only under the from-2000 rule, with a year still to come: a warning, never an error
                boolean futureYear = inss.rule().other() == InssRule.BORN_FROM_2000
                        && 2000 + Integer.parseInt(mutated.substring(0, 2)) > Generators.CURRENT_YEAR;
                assertThat(parsed.findings()).extracting(Finding::code)
                        .containsExactlyElementsOf(futureYear ? List.of("ehealth-box.inss-future") : List.of());
            } else {
                assertThat(parsed.findings()).extracting(Finding::code).containsExactly("inss.checksum");
            }
            Parsed<String> asBox = EHealthBoxIdentifier.check(inss.number().typed(), "INSS", "NURSE", Generators.CURRENT_YEAR);
            assertThat(asBox.isAccepted()).as("accepted as an eHealthBox of type INSS").isEqualTo(validUnderOtherRule);
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** A mutation as the user typed it (separators, case, prefix). */
    record TypedMutation(Mutation mutation, String typed) {
    }
}
