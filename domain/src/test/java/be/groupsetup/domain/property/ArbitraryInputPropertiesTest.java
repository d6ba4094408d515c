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

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input ever throws anything but our own result (a finding, never an exception): whatever string reaches a field's
 * parser, a change, a rename or a stored configuration's check, the answer is a value or at least one error, and every
 * finding says what it is (a code and a severity) so that the shell can explain it.
 */
class ArbitraryInputPropertiesTest {

    private static final ConfigurationRules RULES = ConfigurationRules.standard(ConfigurationFixtures.CLOCK);
    private static final List<FieldKey> FIELDS = List.of(FieldKey.values());

    static Stream<Arguments> arbitraryStrings() {
        return Cases.of("arbitrary.string", ArbitraryStrings.landmarks(), 300, ArbitraryStrings::next);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arbitraryStrings")
    void givenArbitraryString_whenParsedForEveryField_thenAValueOrAnErrorAndNeverAnException(Case<String> c) {
        c.verify(input -> {
            for (FieldKey field : FIELDS) {
                Parsed<String> parsed = RULES.parse(field, input);
                assertThat(parsed).as(field.key()).isNotNull();
                assertWellFormed(field.key(), parsed.findings());
                assertThat(parsed.findings()).as(field.key() + ": findings about the field itself")
                        .allMatch(finding -> finding.field() == field);
                if (parsed.isAccepted()) {
                    assertThat(parsed.findings()).as(field.key() + ": accepted without error").noneMatch(Finding::isError);
                } else {
                    assertThat(parsed.findings()).as(field.key() + ": refused with an error").anyMatch(Finding::isError);
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arbitraryStrings")
    void givenArbitraryString_whenGivenAsEveryFieldOfAChange_thenAcceptedOrRefusedWithAnErrorAndNeverAnException(
            Case<String> c) {
        GroupConfiguration empty = GroupConfiguration.empty(new GroupNumber("94123456001"));
        GroupConfiguration complete = completeConfiguration();
        c.verify(input -> {
            for (FieldKey field : FIELDS) {
                Map<FieldKey, String> change = new EnumMap<>(FieldKey.class);
                change.put(field, input);
                assertOutcome(field.key() + " in an empty configuration", empty, empty.change(change, RULES));
                assertOutcome(field.key() + " in a complete configuration", complete, complete.change(change, RULES));
            }
            assertCreatedOrRefused(GroupConfiguration.create(input));
            ChangeOutcome renamed = complete.renameTo(input, RULES);
            assertThat(renamed).as("rename").isNotNull();
            assertWellFormed("rename", renamed.findings());
            assertThat(renamed instanceof ChangeOutcome.Refused).as("rename refused with an error")
                    .isEqualTo(renamed.findings().stream().anyMatch(Finding::isError));
        });
    }

    static Stream<Arguments> arbitraryChanges() {
        return Cases.of("arbitrary.change", 200, random -> arbitraryValues(random, 1 + random.nextInt(8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arbitraryChanges")
    void givenSeveralArbitraryStringsInOneChange_whenApplied_thenAcceptedOrRefusedWithAnErrorAndNeverAnException(
            Case<Map<FieldKey, String>> c) {
        GroupConfiguration empty = GroupConfiguration.empty(new GroupNumber("94123456001"));
        GroupConfiguration complete = completeConfiguration();
        c.verify(change -> {
            assertOutcome("empty configuration", empty, empty.change(change, RULES));
            assertOutcome("complete configuration", complete, complete.change(change, RULES));
        });
    }

    static Stream<Arguments> arbitraryStoredValues() {
        return Cases.of("arbitrary.stored", 200, random -> arbitraryValues(random, 1 + random.nextInt(FIELDS.size())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arbitraryStoredValues")
    void givenArbitraryStoredValues_whenReconstitutedCheckedAndChanged_thenFindingsAndNeverAnException(
            Case<Map<FieldKey, String>> c) {
        c.verify(stored -> {
            // docs/rules.md §6: a stored value is trusted as it is; a rule changed since becomes a finding of check
            GroupConfiguration loaded = GroupConfiguration.reconstitute(new GroupNumber("94123456001"), stored);
            List<Finding> findings = loaded.check(RULES);
            assertWellFormed("check", findings);
            assertThat(loaded.isComplete(RULES)).isEqualTo(findings.stream().noneMatch(Finding::isError));

            Map<FieldKey, String> change = new EnumMap<>(FieldKey.class);
            change.put(FieldKey.IBAN, "BE68 5390 0754 7034");
            change.put(FieldKey.POSTAL_CODE, "1000");
            change.put(FieldKey.EHEALTH_BOX_TYPE, "NIHII");
            assertOutcome("valid change over arbitrary stored values", loaded, loaded.change(change, RULES));
        });
    }

    // ---- assertions ---------------------------------------------------------------------------------------

    private static void assertOutcome(String what, GroupConfiguration before, ChangeOutcome outcome) {
        assertThat(outcome).as(what).isNotNull();
        assertWellFormed(what, outcome.findings());
        if (outcome instanceof ChangeOutcome.Accepted accepted) {
            assertThat(outcome.findings()).as(what + ": accepted without error").noneMatch(Finding::isError);
            GroupConfiguration after = accepted.configuration();
            assertThat(after.groupNumber()).as(what + ": group number").isEqualTo(before.groupNumber());
            assertThat(after.value(FieldKey.MANDATE_TYPE)).as(what + ": mandate type").contains("aucun");
            assertThat(after.value(FieldKey.MANDATE_NUMBER)).as(what + ": mandate number").contains("");
            // what a change writes is canonical: check parses it again and must read the same value
            accepted.changes().stream().filter(written -> written.newValue() != null).forEach(written ->
                    assertThat(RULES.parse(written.field(), written.newValue()).value())
                            .as(what + ": written " + written.field().key() + " parsed again")
                            .isEqualTo(written.newValue()));
        } else {
            assertThat(outcome.findings()).as(what + ": refused with an error").anyMatch(Finding::isError);
        }
    }

    private static void assertCreatedOrRefused(Parsed<GroupConfiguration> created) {
        assertThat(created).as("create").isNotNull();
        assertWellFormed("create", created.findings());
        assertThat(created.isAccepted()).as("create: accepted exactly when there is no error")
                .isEqualTo(created.findings().stream().noneMatch(Finding::isError));
    }

    private static void assertWellFormed(String what, List<Finding> findings) {
        assertThat(findings).as(what + ": findings").isNotNull().allSatisfy(finding -> {
            assertThat(finding.severity()).as(what + ": severity").isNotNull();
            assertThat(finding.code()).as(what + ": code").isNotBlank();
            assertThat(finding.arguments()).as(what + ": arguments").doesNotContainNull();
        });
    }

    // ---- inputs -------------------------------------------------------------------------------------------

    /** {@code count} different fields (the group number among them sometimes), each with an arbitrary string. */
    private static Map<FieldKey, String> arbitraryValues(Random random, int count) {
        List<FieldKey> fields = new ArrayList<>(FIELDS);
        Collections.shuffle(fields, random);
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        for (FieldKey field : fields.subList(0, count)) {
            values.put(field, ArbitraryStrings.next(random));
        }
        return values;
    }

    /** A configuration with every field set to a valid canonical value, as a storage adapter would load it. */
    private static GroupConfiguration completeConfiguration() {
        Map<FieldKey, String> stored = new EnumMap<>(FieldKey.class);
        stored.put(FieldKey.COMPANY_NAME, "Soins à Domicile D’Hondt SRL");
        stored.put(FieldKey.CITY, "Bruxelles");
        stored.put(FieldKey.POSTAL_CODE, "1000");
        stored.put(FieldKey.STREET, "Rue de l'Église 12");
        stored.put(FieldKey.IBAN, "BE68539007547034");
        stored.put(FieldKey.BIC, "GKCCBEBB");
        stored.put(FieldKey.FIRST_NAME, "Françoise");
        stored.put(FieldKey.LAST_NAME, "D'Hondt");
        stored.put(FieldKey.PHONE, "+32470123456");
        stored.put(FieldKey.SUBSCRIPTION_TYPE, "MC-2024/001");
        stored.put(FieldKey.INAMI, "41234502001");
        stored.put(FieldKey.ENTERPRISE_NUMBER, "0428759497");
        stored.put(FieldKey.SINGLE_POINT_OF_CONTACT, "135");
        stored.put(FieldKey.REFERENCE_CARE_PROVIDER, "41234502001");
        stored.put(FieldKey.EHEALTH_BOX, "94123456");
        stored.put(FieldKey.EHEALTH_BOX_TYPE, "NIHII");
        stored.put(FieldKey.EHEALTH_BOX_QUALITY, "GROUP");
        return GroupConfiguration.reconstitute(new GroupNumber("94123456001"), stored);
    }
}
