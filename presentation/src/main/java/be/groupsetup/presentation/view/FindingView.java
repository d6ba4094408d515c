package be.groupsetup.presentation.view;

import java.util.List;

/**
 * A finding as every adapter shows it: the field's key, the severity, the code, the sentence in the chosen language
 * (stored text in it escaped), the stored arguments, and the acknowledgement of a warning (null when open or when
 * the finding is not acknowledged by name).
 */
public record FindingView(String field, String severity, String code, String message, List<String> arguments,
                          AcknowledgementView acknowledgement) {

    /** Who acknowledged a warning, when (ISO-8601) and why. */
    public record AcknowledgementView(String by, String at, String reason) {
    }

    /** A warning named by its code and field only: a withdrawn acknowledgement's (its message needs the values). */
    public record WarningReference(String field, String severity, String code) {
    }
}
