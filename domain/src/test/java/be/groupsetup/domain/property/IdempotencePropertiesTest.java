package be.groupsetup.domain.property;

import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.configuration.ConfigurationFixtures;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static be.groupsetup.domain.configuration.ConfigurationFixtures.settableValues;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Normalisation is idempotent: a stored value, parsed again (as {@code check} does with every stored value),
 * gives itself back with no note, since nothing is left to complete, and with the same warnings, since it is
 * the same value (docs/rules.md §1.2, §6).
 */
class IdempotencePropertiesTest {

    private static final ConfigurationRules RULES = ConfigurationRules.standard(ConfigurationFixtures.CLOCK);
    private static final List<FieldKey> FIELDS = List.of(FieldKey.values());

    /** One field and a value of it as typed. */
    record FieldInput(FieldKey field, String typed) {
    }

    static Stream<Arguments> validInputs() {
        return Cases.of("idempotence.valid", 500, random -> {
            FieldKey field = Generators.pick(random, FIELDS);
            return new FieldInput(field, validInput(random, field));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validInputs")
    void givenValidInputOfAnyField_whenItsStoredValueIsParsedAgain_thenSameValueNoNoteSameWarnings(Case<FieldInput> c) {
        c.verify(input -> {
            Parsed<String> first = RULES.parse(input.field(), input.typed());
            assertThat(first.findings()).as("findings of the valid input").noneMatch(Finding::isError);
            assertReparsedToItself(input.field(), first);
        });
    }

    static Stream<Arguments> arbitraryInputs() {
        return Cases.of("idempotence.arbitrary", ArbitraryStrings.landmarks(), 300, ArbitraryStrings::next);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arbitraryInputs")
    void givenArbitraryStringAcceptedByAnyField_whenItsStoredValueIsParsedAgain_thenSameValueNoNoteSameWarnings(
            Case<String> c) {
        c.verify(input -> {
            for (FieldKey field : FIELDS) {
                Parsed<String> first = RULES.parse(field, input);
                if (first.isAccepted()) {
                    assertReparsedToItself(field, first);
                }
            }
        });
    }

    static Stream<Arguments> completeChanges() {
        return Cases.of("idempotence.configuration", 100, Configurations::completeChange);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completeChanges")
    void givenAcceptedChange_whenItsStoredValuesAreGivenAgain_thenNothingChangesAndNoNote(
            Case<Configurations.CompleteChange> c) {
        c.verify(change -> {
            GroupConfiguration empty = GroupConfiguration.create(change.groupNumber()).value();
            GroupConfiguration changed = accepted(empty.change(change.typed(), RULES)).configuration();
            Map<FieldKey, String> stored = settableValues(changed);

            ChangeOutcome.Accepted again = accepted(changed.change(stored, RULES));
            assertThat(again.changes()).as("changes when the stored values are given again").isEmpty();
            assertThat(again.findings()).as("notes").noneMatch(finding -> finding.severity() == Severity.NOTE);

            ChangeOutcome.Accepted fresh = accepted(empty.change(stored, RULES));
            assertThat(settableValues(fresh.configuration())).as("the stored values given to a new configuration")
                    .isEqualTo(stored);
            assertThat(fresh.findings()).as("notes").noneMatch(finding -> finding.severity() == Severity.NOTE);
        });
    }

    private static ChangeOutcome.Accepted accepted(ChangeOutcome outcome) {
        assertThat(outcome).as("outcome, with findings " + outcome.findings()).isInstanceOf(ChangeOutcome.Accepted.class);
        return (ChangeOutcome.Accepted) outcome;
    }

    private static void assertReparsedToItself(FieldKey field, Parsed<String> first) {
        Parsed<String> again = RULES.parse(field, first.value());
        assertThat(again.value()).as(field.key() + ": the stored value parsed again").isEqualTo(first.value());
        assertThat(again.findings()).as(field.key() + ": notes on the stored value")
                .noneMatch(finding -> finding.severity() == Severity.NOTE);
        assertThat(again.findings()).as(field.key() + ": warnings on the stored value")
                .isEqualTo(first.findings().stream().filter(finding -> finding.severity() != Severity.NOTE).toList());
    }

    /** A valid value of the field, typed loosely; for the fixed fields, their only value in some spelling. */
    private static String validInput(Random random, FieldKey field) {
        return switch (field) {
            case COMPANY_NAME, CITY, STREET, FIRST_NAME, LAST_NAME -> Names.name(random, 100).typed();
            case SUBSCRIPTION_TYPE -> Names.name(random, 50).typed();
            case POSTAL_CODE -> Spellings.respell(random, Generators.postalCode(random));
            case IBAN -> Spellings.respell(random,
                    random.nextBoolean() ? Generators.belgianIban(random) : Generators.foreignIban(random));
            case BIC -> Spellings.respell(random, Generators.bic(random));
            case PHONE -> Spellings.belgianPhone(random).typed();
            case INAMI -> Spellings.respell(random, Generators.inami(random, '4', Generators.inamiRule(random)));
            case REFERENCE_CARE_PROVIDER -> Spellings.respell(random,
                    Generators.inami(random, Generators.otherProfession(random), Generators.inamiRule(random)));
            case GROUP_NUMBER -> Spellings.respell(random, Generators.groupNumber(random, random.nextBoolean() ? 8 : 11));
            case ENTERPRISE_NUMBER -> {
                String number = Generators.enterpriseNumber(random);
                yield Spellings.respellEnterpriseNumber(random,
                        number.startsWith("0") && random.nextBoolean() ? number.substring(1) : number);
            }
            case SINGLE_POINT_OF_CONTACT -> Spellings.respell(random, Generators.mutualityNumber(random));
            case MANDATE_TYPE -> Spellings.respell(random, Generators.pick(random, "aucun", "Aucun", "none", "AUCUN"));
            case MANDATE_NUMBER -> Generators.pick(random, "", " ", "\u00A0", " - ", "()");
            case EHEALTH_BOX -> Spellings.respell(random, switch (random.nextInt(4)) {
                case 0 -> Generators.groupNumber(random, 8);
                case 1 -> Generators.inami(random, '4', Generators.inamiRule(random));
                case 2 -> Generators.enterpriseNumber(random);
                default -> Generators.inss(random, Generators.inssRule(random));
            });
            case EHEALTH_BOX_TYPE -> Spellings.respell(random,
                    Generators.pick(random, "NIHII", "CBE", "INSS", "SSIN", "NISS", "INAMI", "RIZIV", "BCE", "KBO"));
            case EHEALTH_BOX_QUALITY -> Generators.pick(random, "GROUP", "nurse", "Institution", "home services",
                    "home-services", "HOME_SERVICES", "midwife", "Medical House", "medical_house");
        };
    }
}
