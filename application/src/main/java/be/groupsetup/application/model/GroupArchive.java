package be.groupsetup.application.model;

import be.groupsetup.application.port.out.StoredGroup;

import java.util.List;
import java.util.Objects;

/** One group as handed from one store to another: its set-up with its revision, and its whole history. */
public record GroupArchive(StoredGroup group, List<HistoryEntry> history) {

    public GroupArchive {
        Objects.requireNonNull(group, "group");
        history = List.copyOf(history);
    }
}
