package be.groupsetup.domain.finding;

import be.groupsetup.domain.field.FieldKey;

import java.util.List;
import java.util.Objects;

/**
 * One thing a check found. The domain keeps a stable {@code code} (catalogued in docs/findings.md), a
 * message key and its arguments; sentences are made by whoever displays the finding, in the user's language.
 *
 * @param field      the field it is about, or {@code null} for the configuration as a whole
 * @param severity   error, warning or note
 * @param code       stable code scripts can rely on, e.g. {@code iban.checksum}
 * @param messageKey key of the message in the bundles; the code itself unless a finer message exists
 * @param arguments  the message's arguments, already formatted as text
 */
public record Finding(FieldKey field, Severity severity, String code, String messageKey, List<String> arguments) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Finding error(FieldKey field, String code, Object... arguments) {
        return of(field, Severity.ERROR, code, code, arguments);
    }

    public static Finding warning(FieldKey field, String code, Object... arguments) {
        return of(field, Severity.WARNING, code, code, arguments);
    }

    public static Finding note(FieldKey field, String code, Object... arguments) {
        return of(field, Severity.NOTE, code, code, arguments);
    }

    public static Finding of(FieldKey field, Severity severity, String code, String messageKey, Object... arguments) {
        String[] texts = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new Finding(field, severity, code, messageKey, List.of(texts));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether it says that a required field has no value ({@link FindingCodes#REQUIRED}), not that a value is wrong. */
    public boolean isMissingValue() {
        return FindingCodes.REQUIRED.equals(code);
    }
}
