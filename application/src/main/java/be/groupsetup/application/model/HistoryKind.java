package be.groupsetup.application.model;

/** What kind of change a history entry records. */
public enum HistoryKind {
    CREATED, FIELDS_SET, FIELDS_CLEARED, RENAMED, CSAM_RECORDED, CSAM_UNDONE, CSAM_RESET, IMPORTED, ACKNOWLEDGED,
    ACKNOWLEDGEMENT_WITHDRAWN,
    /** A letter to the group was written (what the technician still needs from it); the detail is its language. */
    LETTER_WRITTEN;

    private static final java.util.Map<String, HistoryKind> BY_ID = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(HistoryKind::id, kind -> kind));

    /** The stable id, as stored: {@code fields-set}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kind of a stored id, case and {@code _} for {@code -} set aside; empty for a kind this release lacks. */
    public static java.util.Optional<HistoryKind> byId(String id) {
        return java.util.Optional.ofNullable(BY_ID.get(id.toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    }
}
