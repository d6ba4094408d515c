package be.groupsetup.domain.property;

import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.configuration.ConfigurationFixtures;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names and addresses keep their characters and case (docs/rules.md §1.3, §1.5): accents, both apostrophes ’ and ',
 * hyphens and particles are normal; only the surrounding blanks go and each inner run of blanks becomes one
 * space. What is certainly wrong is refused: characters that can act (controls, invisible format characters,
 * private use, separators) and too many characters.
 */
class FreeTextPropertiesTest {

    private static final ConfigurationRules RULES = ConfigurationRules.standard(ConfigurationFixtures.CLOCK);
    private static final List<FieldKey> TEXT_FIELDS = List.of(FieldKey.COMPANY_NAME, FieldKey.CITY, FieldKey.STREET,
            FieldKey.FIRST_NAME, FieldKey.LAST_NAME);
    private static final List<FieldKey> TEXT_FIELDS_AND_SUBSCRIPTION_TYPE = List.of(FieldKey.COMPANY_NAME,
            FieldKey.CITY, FieldKey.STREET, FieldKey.FIRST_NAME, FieldKey.LAST_NAME, FieldKey.SUBSCRIPTION_TYPE);

    static Stream<Arguments> names() {
        return Cases.of("text.name", 200, random -> Names.name(random, 100));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void givenNameWithAccentsApostrophesAndHyphens_whenParsedForAnyTextField_thenCharactersAndCaseKept(Case<Spelled> c) {
        c.verify(name -> {
            for (FieldKey field : TEXT_FIELDS) {
                Parsed<String> parsed = RULES.parse(field, name.typed());
                assertThat(parsed.findings()).as(field.key() + ": findings").isEmpty();
                assertThat(parsed.value()).as(field.key()).isEqualTo(name.stored());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void givenNameWithAccentsApostrophesAndHyphens_whenChanged_thenStoredWithCharactersAndCaseKept(Case<Spelled> c) {
        GroupConfiguration empty = GroupConfiguration.empty(new GroupNumber("94123456001"));
        c.verify(name -> {
            for (FieldKey field : TEXT_FIELDS) {
                ChangeOutcome outcome = empty.change(Map.of(field, name.typed()), RULES);
                assertThat(outcome).as(field.key()).isInstanceOf(ChangeOutcome.Accepted.class);
                assertThat(((ChangeOutcome.Accepted) outcome).configuration().value(field)).as(field.key())
                        .contains(name.stored());
            }
        });
    }

    static Stream<Arguments> subscriptionTypes() {
        return Cases.of("text.subscription-type", 150, random -> Names.name(random, 50));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subscriptionTypes")
    void givenPrintableSubscriptionTypeOfAtMost50Characters_whenParsed_thenCharactersAndCaseKept(Case<Spelled> c) {
        c.verify(text -> {
            Parsed<String> parsed = RULES.parse(FieldKey.SUBSCRIPTION_TYPE, text.typed());
            assertThat(parsed.findings()).as("findings").isEmpty();
            assertThat(parsed.value()).isEqualTo(text.stored());
        });
    }

    /** A text for a field, damaged by one character (or by its length). */
    record Damaged(FieldKey field, String text) {
    }

    static Stream<Arguments> textsWithAControlCharacter() {
        return Cases.of("text.control-character", 150, random -> {
            int control;
            do {
                control = random.nextBoolean() ? random.nextInt(0x20) : 0x7F + random.nextInt(0x21);
            } while (control == '\t'); // a tab is a blank: collapsed like a space
            return new Damaged(Generators.pick(random, TEXT_FIELDS_AND_SUBSCRIPTION_TYPE),
                    insideName(random, control));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textsWithAControlCharacter")
    void givenTextWithAControlCharacterInside_whenParsed_thenRefused(Case<Damaged> c) {
        c.verify(damaged -> {
            Parsed<String> parsed = RULES.parse(damaged.field(), damaged.text());
            assertThat(parsed.isAccepted()).as("accepted").isFalse();
            assertThat(parsed.findings()).extracting(Finding::code).containsExactly("text.control-character");
        });
    }

    static Stream<Arguments> subscriptionTypesWithAnInvisibleCharacter() {
        return Cases.of("text.control-character.invisible", 100, random -> {
            int invisible = Generators.pick(random, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202E, 0x2060, 0xFEFF,
                    0x00AD, 0xE000, 0xF8FF, 0x2028, 0x2029);
            return new Damaged(Generators.pick(random, TEXT_FIELDS_AND_SUBSCRIPTION_TYPE), insideName(random, invisible));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subscriptionTypesWithAnInvisibleCharacter")
    void givenTextWithAnInvisibleFormatPrivateUseOrSeparatorCharacter_whenParsed_thenRefusedByTheOneRule(Case<Damaged> c) {
        c.verify(damaged -> {
            Parsed<String> parsed = RULES.parse(damaged.field(), damaged.text());
            assertThat(parsed.isAccepted()).as("accepted").isFalse();
            assertThat(parsed.findings()).extracting(Finding::code).containsExactly("text.control-character");
        });
    }

    static Stream<Arguments> tooLongTexts() {
        return Cases.of("text.too-long", 100, random -> {
            FieldKey field = Generators.pick(random, TEXT_FIELDS_AND_SUBSCRIPTION_TYPE);
            int limit = field == FieldKey.SUBSCRIPTION_TYPE ? 50 : 100;
            StringBuilder text = new StringBuilder(Names.name(random, 30).stored());
            while (text.codePointCount(0, text.length()) <= limit) {
                text.append(' ').append(Names.name(random, 30).stored());
            }
            return new Damaged(field, text.toString());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooLongTexts")
    void givenTextLongerThanItsFieldAllows_whenParsed_thenRefusedAsTooLong(Case<Damaged> c) {
        c.verify(damaged -> {
            Parsed<String> parsed = RULES.parse(damaged.field(), damaged.text());
            assertThat(parsed.isAccepted()).as("accepted").isFalse();
            assertThat(parsed.findings()).extracting(Finding::code).containsExactly("text.too-long");
        });
    }

    /** A valid name of at most 40 code points with {@code codePoint} inserted between two of its code points. */
    private static String insideName(Random random, int codePoint) {
        String name;
        do {
            name = Names.name(random, 40).stored();
        } while (name.codePointCount(0, name.length()) < 2);
        int at = name.offsetByCodePoints(0, 1 + random.nextInt(name.codePointCount(0, name.length()) - 1));
        return name.substring(0, at) + new String(Character.toChars(codePoint)) + name.substring(at);
    }
}
