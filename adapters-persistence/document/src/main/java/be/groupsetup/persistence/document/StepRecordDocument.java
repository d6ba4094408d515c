package be.groupsetup.persistence.document;

import java.time.Instant;
import java.util.List;

/**
 * One CSAM record as stored; step, role and services by their ids. {@code loginCheck} (schemaVersion 2) is null
 * for every record but a principal access manager designated now; a history line written before it was kept has
 * no such property and reads as null.
 */
public record StepRecordDocument(String step, String person, String role, boolean existing, List<String> services,
                                 boolean skipped, boolean identityConfirmed, String recordedBy, Instant recordedAt,
                                 LoginCheckDocument loginCheck) {
}
