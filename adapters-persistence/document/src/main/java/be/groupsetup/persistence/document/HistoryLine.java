package be.groupsetup.persistence.document;

import java.time.Instant;
import java.util.List;

/** One history entry as stored (a line of the history file). */
public record HistoryLine(long revision, Instant time, String technician, String kind,
                          List<FieldChangeDocument> fieldChanges, List<StepRecordDocument> recorded,
                          List<StepRecordDocument> removed, List<FindingDocument> findings, String detail) {
}
