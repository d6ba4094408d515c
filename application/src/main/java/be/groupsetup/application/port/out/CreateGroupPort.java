package be.groupsetup.application.port.out;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.domain.setup.GroupSetup;

public interface CreateGroupPort {

    /**
     * Stores a new group at revision 1 with its first history entry.
     *
     * @throws be.groupsetup.application.error.GroupAlreadyExistsException when the number is taken (a damaged
     *                                                                     document counts as taken)
     */
    StoredGroup create(GroupSetup setup, HistoryEntry entry);
}
