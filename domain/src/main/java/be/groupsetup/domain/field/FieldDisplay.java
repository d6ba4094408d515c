package be.groupsetup.domain.field;

import be.groupsetup.domain.value.EnterpriseNumber;
import be.groupsetup.domain.value.GroupNumber;
import be.groupsetup.domain.value.Iban;
import be.groupsetup.domain.value.InamiNumber;
import be.groupsetup.domain.value.PhoneNumber;

import java.util.function.Function;

/**
 * How a stored value is typed into AllsoftPlus and how it reads: plain digits and the compact IBAN to type,
 * groups, dots and dashes to read. A stored value that today's rules no longer accept is shown as stored.
 */
public final class FieldDisplay {

    private FieldDisplay() {
    }

    /** The exact text to type: the stored value, except a Belgian phone number typed in national digits. */
    public static String toType(FieldKey field, String value) {
        if (value == null) {
            return null;
        }
        if (field == FieldKey.PHONE) {
            return orAsStored(value, v -> {
                String readable = new PhoneNumber(v).readable();
                return readable.startsWith("+") ? v : readable.replace(" ", "");
            });
        }
        return value;
    }

    /** The readable form: {@code BE68 5390 0754 7034}, {@code 4-12345-02-001}, {@code 0428.759.497} … */
    public static String readable(FieldKey field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case IBAN -> orAsStored(value, v -> new Iban(v).readable());
            case INAMI, REFERENCE_CARE_PROVIDER -> orAsStored(value, v -> new InamiNumber(v).readable());
            case ENTERPRISE_NUMBER -> orAsStored(value, v -> new EnterpriseNumber(v).readable());
            case GROUP_NUMBER -> orAsStored(value, v -> new GroupNumber(v).readable());
            case PHONE -> orAsStored(value, v -> new PhoneNumber(v).readable());
            default -> value;
        };
    }

    private static String orAsStored(String value, Function<String, String> format) {
        try {
            return format.apply(value);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
