package be.groupsetup.application.port.out;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;

public interface GroupHistoryPort {

    /** The group's history, oldest first (appended by create, update, rename and import). */
    List<HistoryEntry> history(GroupNumber number);
}
