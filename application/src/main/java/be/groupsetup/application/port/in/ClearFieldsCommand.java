package be.groupsetup.application.port.in;

import be.groupsetup.domain.field.FieldKey;

import java.util.Set;

public record ClearFieldsCommand(String groupNumber, Set<FieldKey> fields) {

    public ClearFieldsCommand {
        fields = Set.copyOf(fields);
    }
}
