package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.value.GroupNumber;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values shared by the configuration and readiness tests. Every account number below was checked by hand
 * (ISO mod-97 and the Belgian national check).
 */
public final class ConfigurationFixtures {

    /** The tests' "now": 5 December 2026 (the eHealthBox INSS rule reads the current year). */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    public static final ConfigurationRules RULES = ConfigurationRules.standard(CLOCK);
    public static final String GROUP = "94123456001";

    /** ING Belgium (bank code 310, BBRUBEBB in the table). */
    public static final String ING_IBAN = "BE35310123456737";
    /** Another ING Belgium account, same bank code 310. */
    public static final String OTHER_ING_IBAN = "BE02310765432140";
    /** ING Belgium too (BBRUBEBB), but bank code 320: another bank code of the same BIC. */
    public static final String ING_320_IBAN = "BE17320123456721";
    /** BNP Paribas Fortis (bank code 001, GEBABEBB). */
    public static final String BNP_IBAN = "BE48001123456727";
    /** Bank code 539: not in the table. */
    public static final String UNLISTED_BANK_IBAN = "BE68539007547034";
    /** Bank code 538: Hoist Finance AB, listed without a BIC. */
    public static final String BANK_WITHOUT_BIC_IBAN = "BE32538123456702";
    /** Bank code 100: Belgische Nationalbank, whose table BIC has 11 characters (NBBEBEBB203). */
    public static final String NATIONAL_BANK_IBAN = "BE25100123456782";
    public static final String DUTCH_IBAN = "NL91ABNA0417164300";

    public static final String NURSE_INAMI = "41234502001";

    private ConfigurationFixtures() {
    }

    public static GroupConfiguration empty() {
        return GroupConfiguration.empty(new GroupNumber(GROUP));
    }

    public static GroupConfiguration stored(Map<FieldKey, String> values) {
        return GroupConfiguration.reconstitute(new GroupNumber(GROUP), values);
    }

    /** Every required field, as a technician would type it, in screen order. */
    public static Map<FieldKey, String> completeInputs() {
        Map<FieldKey, String> inputs = new LinkedHashMap<>();
        inputs.put(FieldKey.COMPANY_NAME, "Soins à domicile Saint-Léger");
        inputs.put(FieldKey.CITY, "Bruxelles");
        inputs.put(FieldKey.POSTAL_CODE, "1000");
        inputs.put(FieldKey.STREET, "Rue de l'Église 12");
        inputs.put(FieldKey.IBAN, "BE35 3101 2345 6737");
        inputs.put(FieldKey.FIRST_NAME, "Françoise");
        inputs.put(FieldKey.LAST_NAME, "D'Hondt");
        inputs.put(FieldKey.PHONE, "0470 12 34 56");
        inputs.put(FieldKey.SUBSCRIPTION_TYPE, "ABO-2024-17");
        inputs.put(FieldKey.INAMI, "4-12345-02-001");
        inputs.put(FieldKey.ENTERPRISE_NUMBER, "BE 0428.759.497");
        inputs.put(FieldKey.SINGLE_POINT_OF_CONTACT, "135");
        inputs.put(FieldKey.REFERENCE_CARE_PROVIDER, "41234502001");
        return inputs;
    }

    /** The canonical values {@link #completeInputs()} give (the BIC derived from the ING account). */
    public static Map<FieldKey, String> completeStoredValues() {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        values.put(FieldKey.COMPANY_NAME, "Soins à domicile Saint-Léger");
        values.put(FieldKey.CITY, "Bruxelles");
        values.put(FieldKey.POSTAL_CODE, "1000");
        values.put(FieldKey.STREET, "Rue de l'Église 12");
        values.put(FieldKey.IBAN, ING_IBAN);
        values.put(FieldKey.BIC, "BBRUBEBB");
        values.put(FieldKey.FIRST_NAME, "Françoise");
        values.put(FieldKey.LAST_NAME, "D'Hondt");
        values.put(FieldKey.PHONE, "+32470123456");
        values.put(FieldKey.SUBSCRIPTION_TYPE, "ABO-2024-17");
        values.put(FieldKey.INAMI, NURSE_INAMI);
        values.put(FieldKey.ENTERPRISE_NUMBER, "0428759497");
        values.put(FieldKey.SINGLE_POINT_OF_CONTACT, "135");
        values.put(FieldKey.REFERENCE_CARE_PROVIDER, NURSE_INAMI);
        return values;
    }

    /** A configuration with every required field set and nothing wrong. */
    public static GroupConfiguration complete() {
        return stored(completeStoredValues());
    }

    /** Values of {@link #completeStoredValues()} with some replaced or added. */
    public static Map<FieldKey, String> completeWith(Map<FieldKey, String> replacements) {
        Map<FieldKey, String> values = completeStoredValues();
        values.putAll(replacements);
        return values;
    }

    public static ChangeOutcome.Accepted accepted(ChangeOutcome outcome) {
        assertThat(outcome).isInstanceOf(ChangeOutcome.Accepted.class);
        return (ChangeOutcome.Accepted) outcome;
    }

    public static ChangeOutcome.Refused refused(ChangeOutcome outcome) {
        assertThat(outcome).isInstanceOf(ChangeOutcome.Refused.class);
        return (ChangeOutcome.Refused) outcome;
    }

    /** The values a configuration keeps of its settable fields (not the group number, not the fixed fields). */
    public static java.util.Map<FieldKey, String> settableValues(GroupConfiguration configuration) {
        java.util.Map<FieldKey, String> values = configuration.values().asMap();
        values.keySet().removeIf(field -> field == FieldKey.GROUP_NUMBER || field.isFixed());
        return values;
    }
}
