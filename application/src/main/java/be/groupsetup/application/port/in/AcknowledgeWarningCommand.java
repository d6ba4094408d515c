package be.groupsetup.application.port.in;

import be.groupsetup.domain.field.FieldKey;

/**
 * Acknowledges a warning of a group, or withdraws an acknowledgement.
 *
 * @param code     the warning's code as typed
 * @param field    the field the warning is on, or null when the code is open on one field only
 * @param reason   why the value is right (ignored when withdrawing)
 * @param withdraw take the acknowledgement back instead
 */
public record AcknowledgeWarningCommand(String groupNumber, String code, FieldKey field, String reason,
                                        boolean withdraw) {
}
