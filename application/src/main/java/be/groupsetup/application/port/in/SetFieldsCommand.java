package be.groupsetup.application.port.in;

import be.groupsetup.domain.field.FieldKey;

import java.util.Map;

/** @param values the raw input per field, as typed */
public record SetFieldsCommand(String groupNumber, Map<FieldKey, String> values) {

    public SetFieldsCommand {
        values = Map.copyOf(values);
    }
}
