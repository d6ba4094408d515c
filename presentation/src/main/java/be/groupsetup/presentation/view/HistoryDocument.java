package be.groupsetup.presentation.view;

import java.util.List;

/** Who changed what in a group, and when. */
public record HistoryDocument(String group, List<Entry> entries) {

    /** One change: time (ISO-8601), technician, kind ({@code change}), revision, what it changed, found and said. */
    public record Entry(String time, String technician, String change, long revision, List<FieldChangeView> fields,
                        List<RecordView> recorded, List<RecordView> removed, List<FindingView> findings,
                        String detail) {
    }
}
