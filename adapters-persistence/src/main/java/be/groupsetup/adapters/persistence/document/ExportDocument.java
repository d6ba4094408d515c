package be.groupsetup.adapters.persistence.document;

import java.util.List;

/** An export file: one group's document and its whole history. */
public record ExportDocument(String format, int schemaVersion, GroupDocument group, List<HistoryLine> history) {

    public static final String FORMAT = "groupsetup-group-export";
}
