package be.groupsetup.application.port.out;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;
import java.util.Optional;

/**
 * What a store keeps of each group: the set-up at a revision and its history. A store only stores: it never decides
 * a change. The application loads, decides and saves with the revision it read ({@link GroupChange}); the store
 * saves only if that is still the stored revision (compare-and-swap) and otherwise says so, and the application
 * decides again on the fresh state. A store's own locking or transaction only makes each call atomic.
 * <p>
 * The store keeps the canonical values it is given and gives them back unchanged; it never re-applies the rules on
 * load. Library exceptions never leave it: failures are {@link be.groupsetup.application.error.StorageException}s,
 * unreadable entries {@link be.groupsetup.application.error.DamagedGroupException}s.
 */
public interface GroupStore {

    /**
     * The group as stored, or empty when there is none.
     *
     * @throws be.groupsetup.application.error.DamagedGroupException when its entry cannot be read
     */
    Optional<StoredGroup> load(GroupNumber number);

    /**
     * Stores a new group at revision 1 with its first history entry (at revision 1).
     *
     * @throws be.groupsetup.application.error.GroupAlreadyExistsException when the number is taken (a damaged
     *                                                                     entry counts as taken)
     */
    StoredGroup create(GroupSetup setup, HistoryEntry entry);

    /**
     * Stores {@code change} — its set-up at its revision, its entry appended to the history — if the group is still
     * stored at {@link GroupChange#readRevision()}; writes nothing otherwise. Both or neither, as far as any reader
     * can tell, even if the process dies half-way.
     *
     * @throws be.groupsetup.application.error.GroupNotFoundException when there is no such group any more
     * @throws be.groupsetup.application.error.DamagedGroupException  when its entry cannot be read
     */
    SaveResult save(GroupChange change);

    /**
     * Like {@link #save}, and moves the group with its whole history from {@code from} to the change's number: all
     * or nothing, even if the process dies half-way.
     *
     * @throws be.groupsetup.application.error.GroupNotFoundException      when there is no group {@code from}
     * @throws be.groupsetup.application.error.GroupAlreadyExistsException when the new number is taken
     */
    SaveResult rename(GroupNumber from, GroupChange change);

    /**
     * Removes a group and its history (personal data). A damaged entry is moved aside, never destroyed.
     *
     * @return whether there was something to delete
     */
    boolean delete(GroupNumber number);

    /** The group's history, oldest first, revisions 1..N where N is the stored revision; empty when no group. */
    List<HistoryEntry> history(GroupNumber number);

    /**
     * The history entry that produced {@code revision} of the group — who changed it to that state, and when — or
     * empty when the history does not hold it (no such group or revision). The list asks it for every group it
     * summarises: a store that can find one entry without reading the whole history (the end of a file, one row)
     * should say so here; this default reads the whole history.
     *
     * @param revision a revision the group was read at ({@link StoredGroup#revision()}): a store need not check
     *                 that it is not beyond the stored one, where a change a crash cut short may have left a line
     */
    default Optional<HistoryEntry> historyEntry(GroupNumber number, long revision) {
        return history(number).stream().filter(entry -> entry.revision() == revision).findFirst();
    }
}
