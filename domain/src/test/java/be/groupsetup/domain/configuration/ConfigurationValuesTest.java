package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationValuesTest {

    @Test
    void givenEveryFieldWithADistinctValue_whenRecordMadeAndRead_thenEachFieldKeepsItsOwnValue() {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        for (FieldKey field : FieldKey.values()) {
            values.put(field, "value of " + field.key());
        }

        ConfigurationValues record = ConfigurationValues.of(values);

        for (FieldKey field : FieldKey.values()) {
            assertThat(record.value(field)).as(field.key()).isEqualTo("value of " + field.key());
        }
        assertThat(record.asMap()).isEqualTo(values);
    }

    @Test
    void givenOneFieldSet_whenReadAsMap_thenOnlyThatField() {
        for (FieldKey field : FieldKey.values()) {
            ConfigurationValues record = ConfigurationValues.of(Map.of(field, "x"));

            assertThat(record.asMap()).as(field.key()).containsExactly(Map.entry(field, "x"));
        }
    }

    @Test
    void givenStoredValuesTodaysRulesRefuse_whenReconstituted_thenLoadedAsStoredAndReportedAsFindings() {
        Map<FieldKey, String> stored = new EnumMap<>(FieldKey.class);
        stored.put(FieldKey.GROUP_NUMBER, ConfigurationFixtures.GROUP);
        stored.put(FieldKey.IBAN, "BE68539007547035");
        stored.put(FieldKey.POSTAL_CODE, "0000");

        GroupConfiguration configuration = GroupConfiguration.reconstitute(ConfigurationValues.of(stored));

        assertThat(configuration.value(FieldKey.IBAN)).contains("BE68539007547035");
        assertThat(configuration.value(FieldKey.POSTAL_CODE)).contains("0000");
        assertThat(configuration.check(ConfigurationFixtures.RULES))
                .filteredOn(Finding::isError).extracting(Finding::field)
                .contains(FieldKey.IBAN, FieldKey.POSTAL_CODE);
    }
}
