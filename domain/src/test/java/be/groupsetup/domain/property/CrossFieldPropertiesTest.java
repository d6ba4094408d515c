package be.groupsetup.domain.property;

import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.configuration.ConfigurationFixtures;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that tie fields together catch their mistake however the values are typed (docs/rules.md §1.5). */
class CrossFieldPropertiesTest {

    private static final ConfigurationRules RULES = ConfigurationRules.standard(ConfigurationFixtures.CLOCK);

    /** A nurse's INAMI number, and a group number typed from its first eight digits. */
    record NurseNumberAsGroup(String inami, String groupNumber) {
    }

    static Stream<Arguments> nurseNumbersAsGroupNumbers() {
        return Cases.of("group-number.nurse-number", 150, random -> {
            String inami = Generators.inami(random, '4', Generators.inamiRule(random));
            String group = switch (random.nextInt(3)) {
                case 0 -> inami.substring(0, 8);
                case 1 -> inami;
                default -> inami.substring(0, 8) + Generators.digits(random, 3);
            };
            return new NurseNumberAsGroup(Spellings.respell(random, inami), Spellings.respell(random, group));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nurseNumbersAsGroupNumbers")
    void givenGroupNumberWhoseFirstEightDigitsAreTheNursesInami_whenChangedOrRenamed_thenAlwaysRefused(
            Case<NurseNumberAsGroup> c) {
        c.verify(numbers -> {
            GroupConfiguration withNurseNumber = GroupConfiguration.create(numbers.groupNumber()).value();
            ChangeOutcome changed = withNurseNumber.change(Map.of(FieldKey.INAMI, numbers.inami()), RULES);
            assertThat(changed).as("INAMI set in a group numbered after the nurse")
                    .isInstanceOf(ChangeOutcome.Refused.class);
            assertThat(changed.findings()).extracting(Finding::code).contains("group-number.nurse-number");

            GroupConfiguration withNurse = ((ChangeOutcome.Accepted) GroupConfiguration
                    .empty(new GroupNumber("94000000001")).change(Map.of(FieldKey.INAMI, numbers.inami()), RULES))
                    .configuration();
            ChangeOutcome renamed = withNurse.renameTo(numbers.groupNumber(), RULES);
            assertThat(renamed).as("renamed to the nurse's number").isInstanceOf(ChangeOutcome.Refused.class);
            assertThat(renamed.findings()).extracting(Finding::code).contains("group-number.nurse-number");
        });
    }

    /** An IBAN and a BIC of different countries, typed loosely. */
    record BankOfAnotherCountry(String iban, String bic) {
    }

    static Stream<Arguments> ibansWithBicsOfAnotherCountry() {
        return Cases.of("bic.country-mismatch", 150, random -> {
            String iban;
            String bic;
            if (random.nextBoolean()) {
                iban = Generators.foreignIban(random);
                bic = Generators.bic(random, "BE");
            } else {
                iban = Generators.belgianIban(random);
                do {
                    bic = Generators.bic(random);
                } while (bic.substring(4, 6).equals("BE"));
            }
            return new BankOfAnotherCountry(Spellings.respell(random, iban), Spellings.respell(random, bic));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ibansWithBicsOfAnotherCountry")
    void givenIbanAndBicOfDifferentCountries_whenChangedTogether_thenRefusedWithTheCountryMismatch(
            Case<BankOfAnotherCountry> c) {
        GroupConfiguration empty = GroupConfiguration.empty(new GroupNumber("94123456001"));
        c.verify(bank -> {
            Map<FieldKey, String> change = new EnumMap<>(FieldKey.class);
            change.put(FieldKey.IBAN, bank.iban());
            change.put(FieldKey.BIC, bank.bic());
            ChangeOutcome outcome = empty.change(change, RULES);
            assertThat(outcome).isInstanceOf(ChangeOutcome.Refused.class);
            assertThat(outcome.findings()).extracting(Finding::code).contains("bic.country-mismatch");
        });
    }
}
