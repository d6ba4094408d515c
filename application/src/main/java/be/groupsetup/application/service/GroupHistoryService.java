package be.groupsetup.application.service;

import be.groupsetup.application.port.in.GroupHistoryQuery;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.HistoryView;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.domain.value.GroupNumber;

/** Who changed what of a group, when (docs/rules.md §4.2, "history"). */
public final class GroupHistoryService implements GroupHistoryQuery {

    private final GroupStore store;

    public GroupHistoryService(GroupStore store) {
        this.store = store;
    }

    @Override
    public HistoryView history(GroupQuery query) {
        GroupNumber number = StoredGroups.existing(store, query.groupNumber()).groupNumber();
        return new HistoryView(number, store.history(number));
    }
}
