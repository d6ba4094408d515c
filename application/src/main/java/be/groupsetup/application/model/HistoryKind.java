package be.groupsetup.application.model;

/** What kind of change a history entry records. */
public enum HistoryKind {
    CREATED, FIELDS_SET, FIELDS_CLEARED, RENAMED, CSAM_RECORDED, CSAM_UNDONE, CSAM_RESET, IMPORTED, ACKNOWLEDGED,
    ACKNOWLEDGEMENT_WITHDRAWN,
    /** A letter to the group was written (what the technician still needs from it); the detail is its language. */
    LETTER_WRITTEN;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
