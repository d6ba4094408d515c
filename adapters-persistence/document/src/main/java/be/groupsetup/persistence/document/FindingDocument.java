package be.groupsetup.persistence.document;

import java.util.List;

public record FindingDocument(String field, String severity, String code, String messageKey, List<String> arguments) {
}
