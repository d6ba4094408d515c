package be.groupsetup.persistence.document;

import java.time.Instant;
import java.util.Map;

/**
 * A warning acknowledged, as stored: its code, its field's key (null for a warning about the whole configuration),
 * the reason, who and when, and the values of the fields the rule reads, by field key, as they were then.
 */
public record AcknowledgementDocument(String code, String field, String reason, String by, Instant at,
                                      Map<String, String> readValues) {
}
