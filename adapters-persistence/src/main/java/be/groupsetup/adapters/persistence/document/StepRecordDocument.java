package be.groupsetup.adapters.persistence.document;

import java.time.Instant;
import java.util.List;

/** One CSAM record as stored; step, role and services by their ids. */
public record StepRecordDocument(String step, String person, String role, boolean existing, List<String> services,
                                 boolean skipped, boolean identityConfirmed, String recordedBy, Instant recordedAt) {
}
