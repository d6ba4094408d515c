package be.groupsetup.domain.setup;

import be.groupsetup.domain.field.FieldKey;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A warning a technician has looked at and accepted, by name (docs/rules.md §3.2): the finding's code and field, who,
 * when, why, and the stored values of every field the rule reads ({@link WarningReads}). It holds while the same code
 * is raised on that field and those values are unchanged; otherwise the warning is open again.
 *
 * @param code       the warning's code, e.g. {@code single-point-of-contact.not-christian}
 * @param field      the field the warning is on, or null for a warning about the configuration as a whole
 * @param reason     why the value is right, 1–{@value #MAX_REASON} characters
 * @param by         the technician
 * @param at         when
 * @param readValues the values of the fields the rule reads, as stored then (a field not set is absent)
 */
public record Acknowledgement(String code, FieldKey field, String reason, String by, Instant at,
                              Map<FieldKey, String> readValues) {

    public static final int MAX_REASON = 200;

    public Acknowledgement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        EnumMap<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        if (readValues != null) {
            readValues.forEach((key, value) -> {
                if (value != null) {
                    values.put(key, value);
                }
            });
        }
        readValues = java.util.Collections.unmodifiableMap(values);
    }

    /** Whether it is about this code on this field. */
    public boolean isFor(String otherCode, FieldKey otherField) {
        return code.equals(otherCode) && field == otherField;
    }

    @Override
    public String toString() {
        // values and reasons may hold personal data
        return "Acknowledgement[" + code + (field == null ? "" : " on " + field.key()) + " at " + at + "]";
    }
}
