package be.groupsetup.application.port.in;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;

public record HistoryView(GroupNumber group, List<HistoryEntry> entries) {

    public HistoryView {
        entries = List.copyOf(entries);
    }
}
