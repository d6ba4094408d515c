package be.groupsetup.application.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Who made a group what it is now, when, and what they did: the technician, the time, the kind and the detail of the
 * history entry that produced the stored revision (a letter written to the group, in which language, says that the
 * group's answer is awaited). Kept apart from {@link HistoryEntry} so that a list of thousands of groups (and a
 * store's cache of it) holds a few values per group, not the whole change.
 *
 * @param detail the entry's detail (a letter's language, an acknowledgement's reason …), or null
 */
public record LastChange(String technician, Instant time, HistoryKind kind, String detail) {

    public LastChange {
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
    }

    public static LastChange of(HistoryEntry entry) {
        return new LastChange(entry.technician(), entry.time(), entry.kind(), entry.detail());
    }

    @Override
    public String toString() {
        // the technician's name and the detail are personal data
        return "LastChange[" + kind.id() + " at " + time + "]";
    }
}
