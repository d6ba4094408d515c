package be.groupsetup.persistence.document;

import java.util.List;

/**
 * An export file: one group's document and its whole history. Its {@code schemaVersion} is that of the group
 * document it carries (read with the same migrations); an export of a newer version is refused.
 */
public record ExportDocument(String format, int schemaVersion, GroupDocument group, List<HistoryLine> history) {

    public static final String FORMAT = "groupsetup-group-export";
}
