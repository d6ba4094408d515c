package be.groupsetup.adapters.persistence.document;

public record FieldChangeDocument(String field, String oldValue, String newValue) {
}
