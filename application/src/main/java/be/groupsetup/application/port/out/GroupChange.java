package be.groupsetup.application.port.out;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.Objects;

/**
 * A change decided on a group read at {@code readRevision}: {@code setup} is to be stored at the entry's revision,
 * the next one, with {@code entry} appended to the history — if the store still holds {@code readRevision}.
 * Made by {@link #after}, the one place where the next revision is counted.
 */
public record GroupChange(long readRevision, GroupSetup setup, HistoryEntry entry) {

    public GroupChange {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(entry, "entry");
        if (readRevision < 1) {
            throw new IllegalArgumentException("revisions start at 1");
        }
    }

    /** The change of {@code read} into {@code setup}: the next revision, and the entry stamped with it. */
    public static GroupChange after(StoredGroup read, GroupSetup setup, HistoryEntry entry) {
        long next = read.revision() + 1;
        return new GroupChange(read.revision(), setup, entry.atRevision(next));
    }

    /** The revision the change is stored at. */
    public long revision() {
        return entry.revision();
    }

    public GroupNumber groupNumber() {
        return setup.groupNumber();
    }

    /** The group as stored once the change is saved. */
    public StoredGroup stored() {
        return new StoredGroup(setup, revision());
    }
}
