package be.groupsetup.persistence.document;

public record FieldChangeDocument(String field, String oldValue, String newValue) {
}
