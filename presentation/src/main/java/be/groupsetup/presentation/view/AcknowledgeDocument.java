package be.groupsetup.presentation.view;

import java.util.List;

/**
 * What an acknowledgement (or its withdrawal) did: the acknowledgement, the warning it is about (a {@link FindingView},
 * or for a withdrawal a {@link FindingView.WarningReference}), the findings and the revision.
 */
public record AcknowledgeDocument(String group, String status, boolean withdrawn, Acknowledged acknowledgement,
                                  Object warning, List<FindingView> findings, long revision) {

    /** An acknowledgement: the warning's code and field, who, when (ISO-8601), why. */
    public record Acknowledged(String code, String field, String by, String at, String reason) {
    }
}
