package be.groupsetup.persistence.document;

import java.time.Instant;

/**
 * The {@code csam-login} record a principal access manager designated now was checked against (its person and when
 * it was recorded), and the nurse's name the technician confirmed, null when not confirmed.
 */
public record LoginCheckDocument(String loginPerson, Instant loginRecordedAt, String confirmedNurse) {
}
