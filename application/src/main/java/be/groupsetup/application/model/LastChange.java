package be.groupsetup.application.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Who made a group what it is now, and when: the technician and the time of the history entry that produced the
 * stored revision. Kept apart from {@link HistoryEntry} so that a list of thousands of groups (and a store's cache
 * of it) holds two values per group, not the whole change.
 */
public record LastChange(String technician, Instant time) {

    public LastChange {
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(time, "time");
    }

    public static LastChange of(HistoryEntry entry) {
        return new LastChange(entry.technician(), entry.time());
    }
}
