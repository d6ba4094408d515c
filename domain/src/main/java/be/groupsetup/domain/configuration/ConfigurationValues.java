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

    /**
     * The value of one field ({@code null} when not set). The switch has no default: a field added to
     * {@link FieldKey} does not compile until it has its component here.
     */
    public String value(FieldKey field) {
        return switch (field) {
            case COMPANY_NAME -> companyName;
            case CITY -> city;
            case POSTAL_CODE -> postalCode;
            case STREET -> street;
            case IBAN -> iban;
            case BIC -> bic;
            case FIRST_NAME -> firstName;
            case LAST_NAME -> lastName;
            case PHONE -> phone;
            case SUBSCRIPTION_TYPE -> subscriptionType;
            case INAMI -> inami;
            case GROUP_NUMBER -> groupNumber;
            case ENTERPRISE_NUMBER -> enterpriseNumber;
            case SINGLE_POINT_OF_CONTACT -> singlePointOfContact;
            case REFERENCE_CARE_PROVIDER -> referenceCareProvider;
            case MANDATE_TYPE -> mandateType;
            case MANDATE_NUMBER -> mandateNumber;
            case EHEALTH_BOX -> ehealthBox;
            case EHEALTH_BOX_TYPE -> ehealthBoxType;
            case EHEALTH_BOX_QUALITY -> ehealthBoxQuality;
        };
    }

    /** The values by field, only those set. */
    public Map<FieldKey, String> asMap() {
        Map<FieldKey, String> map = new EnumMap<>(FieldKey.class);
        for (FieldKey field : FieldKey.values()) {
            String value = value(field);
            if (value != null) {
                map.put(field, value);
            }
        }
        return map;
    }
}
