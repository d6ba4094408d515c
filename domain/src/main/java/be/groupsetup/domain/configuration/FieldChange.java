package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;

/** One field's value before and after a change; {@code null} is "not set". */
public record FieldChange(FieldKey field, String oldValue, String newValue) {
}
