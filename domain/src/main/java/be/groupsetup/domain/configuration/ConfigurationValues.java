package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;

import java.util.EnumMap;
import java.util.Map;

/**
 * Every field of a configuration as a plain value, one component per {@link FieldKey} in screen order
 * ({@code null} when not set). Adapters map their own representation to and from this record, so that a field
 * added here cannot be forgotten by a mapper that checks for unmapped properties.
 */
public record ConfigurationValues(String companyName, String city, String postalCode, String street, String iban,
                                  String bic, String firstName, String lastName, String phone,
                                  String subscriptionType, String inami, String groupNumber,
                                  String enterpriseNumber, String singlePointOfContact,
                                  String referenceCareProvider, String mandateType, String mandateNumber,
                                  String ehealthBox, String ehealthBoxType, String ehealthBoxQuality) {

    public static ConfigurationValues of(Map<FieldKey, String> values) {
        return new ConfigurationValues(values.get(FieldKey.COMPANY_NAME), values.get(FieldKey.CITY),
                values.get(FieldKey.POSTAL_CODE), values.get(FieldKey.STREET), values.get(FieldKey.IBAN),
                values.get(FieldKey.BIC), values.get(FieldKey.FIRST_NAME), values.get(FieldKey.LAST_NAME),
                values.get(FieldKey.PHONE), values.get(FieldKey.SUBSCRIPTION_TYPE), values.get(FieldKey.INAMI),
                values.get(FieldKey.GROUP_NUMBER), values.get(FieldKey.ENTERPRISE_NUMBER),
                values.get(FieldKey.SINGLE_POINT_OF_CONTACT), values.get(FieldKey.REFERENCE_CARE_PROVIDER),
                values.get(FieldKey.MANDATE_TYPE), values.get(FieldKey.MANDATE_NUMBER),
                values.get(FieldKey.EHEALTH_BOX), values.get(FieldKey.EHEALTH_BOX_TYPE),
                values.get(FieldKey.EHEALTH_BOX_QUALITY));
    }

    /** The values by field, only those set. */
    public Map<FieldKey, String> asMap() {
        Map<FieldKey, String> map = new EnumMap<>(FieldKey.class);
        put(map, FieldKey.COMPANY_NAME, companyName);
        put(map, FieldKey.CITY, city);
        put(map, FieldKey.POSTAL_CODE, postalCode);
        put(map, FieldKey.STREET, street);
        put(map, FieldKey.IBAN, iban);
        put(map, FieldKey.BIC, bic);
        put(map, FieldKey.FIRST_NAME, firstName);
        put(map, FieldKey.LAST_NAME, lastName);
        put(map, FieldKey.PHONE, phone);
        put(map, FieldKey.SUBSCRIPTION_TYPE, subscriptionType);
        put(map, FieldKey.INAMI, inami);
        put(map, FieldKey.GROUP_NUMBER, groupNumber);
        put(map, FieldKey.ENTERPRISE_NUMBER, enterpriseNumber);
        put(map, FieldKey.SINGLE_POINT_OF_CONTACT, singlePointOfContact);
        put(map, FieldKey.REFERENCE_CARE_PROVIDER, referenceCareProvider);
        put(map, FieldKey.MANDATE_TYPE, mandateType);
        put(map, FieldKey.MANDATE_NUMBER, mandateNumber);
        put(map, FieldKey.EHEALTH_BOX, ehealthBox);
        put(map, FieldKey.EHEALTH_BOX_TYPE, ehealthBoxType);
        put(map, FieldKey.EHEALTH_BOX_QUALITY, ehealthBoxQuality);
        return map;
    }

    private static void put(Map<FieldKey, String> map, FieldKey field, String value) {
        if (value != null) {
            map.put(field, value);
        }
    }
}
