package be.groupsetup.domain.field;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of the AllsoftPlus "Configuration / Utilisateur" screen, in screen order (docs/rules.md §1.1). The key is
 * the name used on the command line and in files.
 */
public enum FieldKey {
    COMPANY_NAME(Requirement.REQUIRED, Normalization.TEXT),
    CITY(Requirement.REQUIRED, Normalization.TEXT),
    POSTAL_CODE(Requirement.REQUIRED, Normalization.IDENTIFIER),
    STREET(Requirement.REQUIRED, Normalization.TEXT),
    IBAN(Requirement.REQUIRED, Normalization.IDENTIFIER),
    BIC(Requirement.REQUIRED, Normalization.IDENTIFIER),
    FIRST_NAME(Requirement.REQUIRED, Normalization.TEXT),
    LAST_NAME(Requirement.REQUIRED, Normalization.TEXT),
    PHONE(Requirement.REQUIRED, Normalization.TEXT),
    SUBSCRIPTION_TYPE(Requirement.REQUIRED, Normalization.TEXT),
    INAMI(Requirement.REQUIRED, Normalization.IDENTIFIER),
    GROUP_NUMBER(Requirement.REQUIRED, Normalization.IDENTIFIER),
    ENTERPRISE_NUMBER(Requirement.REQUIRED, Normalization.IDENTIFIER),
    SINGLE_POINT_OF_CONTACT(Requirement.REQUIRED, Normalization.IDENTIFIER),
    REFERENCE_CARE_PROVIDER(Requirement.REQUIRED, Normalization.IDENTIFIER),
    MANDATE_TYPE(Requirement.FIXED, Normalization.IDENTIFIER),
    MANDATE_NUMBER(Requirement.FIXED, Normalization.IDENTIFIER),
    EHEALTH_BOX(Requirement.OPTIONAL, Normalization.IDENTIFIER),
    EHEALTH_BOX_TYPE(Requirement.OPTIONAL, Normalization.IDENTIFIER),
    EHEALTH_BOX_QUALITY(Requirement.OPTIONAL, Normalization.IDENTIFIER);

    /** Whether a complete configuration must have the field. */
    public enum Requirement { REQUIRED, OPTIONAL, FIXED }

    /** How input is normalised before it is checked (docs/rules.md §1.3). */
    public enum Normalization {
        /** Blanks trimmed and collapsed; characters and case kept. */
        TEXT,
        /** Also separators removed and letters upper-cased. */
        IDENTIFIER
    }

    private final Requirement requirement;
    private final Normalization normalization;
    private final String key;

    FieldKey(Requirement requirement, Normalization normalization) {
        this.requirement = requirement;
        this.normalization = normalization;
        this.key = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The key as typed and stored, e.g. {@code company-name}. */
    public String key() {
        return key;
    }

    public boolean isRequired() {
        return requirement == Requirement.REQUIRED;
    }

    /** {@code mandate-type} and {@code mandate-number}: their only value is fixed by the procedure. */
    public boolean isFixed() {
        return requirement == Requirement.FIXED;
    }

    public Normalization normalization() {
        return normalization;
    }

    /** The field for a key as typed: case and a leading {@code --} are ignored, {@code _} is read as {@code -}. */
    public static Optional<FieldKey> fromKey(String typed) {
        String wanted = Normalizer.typedId(typed);
        if (wanted.startsWith("--")) {
            wanted = wanted.substring(2);
        }
        String finalWanted = wanted;
        return Arrays.stream(values()).filter(field -> field.key.equals(finalWanted)).findFirst();
    }

    @Override
    public String toString() {
        return key;
    }
}
