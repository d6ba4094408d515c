package be.groupsetup.application.testing;

import be.groupsetup.application.error.DamagedGroupException;
import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.GroupChange;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.ListGroupsPort;
import be.groupsetup.application.port.out.SaveResult;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.port.out.TransferGroupPort;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every storage port in memory, for tests and demonstrations. One lock (the object's monitor) makes each call
 * atomic, as an OS file lock or a transaction does in the real stores; a save is refused when the group is no
 * longer at the revision it was decided on. {@link #damage} simulates an unreadable document.
 */
public class InMemoryGroupStore implements GroupStore, ListGroupsPort, TransferGroupPort {

    private final Map<GroupNumber, StoredGroup> groups = new TreeMap<>();
    private final Map<GroupNumber, List<HistoryEntry>> histories = new TreeMap<>();
    private final Map<GroupNumber, String> damaged = new TreeMap<>();
    private final List<GroupNumber> movedAside = new ArrayList<>();

    @Override
    public synchronized Optional<StoredGroup> load(GroupNumber number) {
        failIfDamaged(number);
        return Optional.ofNullable(groups.get(number));
    }

    @Override
    public synchronized StoredGroup create(GroupSetup setup, HistoryEntry entry) {
        GroupNumber number = setup.groupNumber();
        if (groups.containsKey(number) || damaged.containsKey(number)) {
            throw new GroupAlreadyExistsException(number.value());
        }
        StoredGroup stored = new StoredGroup(setup, 1);
        groups.put(number, stored);
        histories.put(number, new ArrayList<>(List.of(entry.atRevision(1))));
        return stored;
    }

    @Override
    public synchronized SaveResult save(GroupChange change) {
        GroupNumber number = change.groupNumber();
        StoredGroup stored = existing(number);
        if (stored.revision() != change.readRevision()) {
            return SaveResult.conflict(stored.revision());
        }
        histories.get(number).add(change.entry());
        groups.put(number, change.stored());
        return SaveResult.saved(change.revision());
    }

    @Override
    public synchronized SaveResult rename(GroupNumber from, GroupChange change) {
        GroupNumber to = change.groupNumber();
        StoredGroup stored = existing(from);
        if (groups.containsKey(to) || damaged.containsKey(to)) {
            throw new GroupAlreadyExistsException(to.value());
        }
        if (stored.revision() != change.readRevision()) {
            return SaveResult.conflict(stored.revision());
        }
        List<HistoryEntry> history = histories.remove(from);
        history.add(change.entry());
        groups.remove(from);
        groups.put(to, change.stored());
        histories.put(to, history);
        return SaveResult.saved(change.revision());
    }

    @Override
    public synchronized boolean delete(GroupNumber number) {
        if (damaged.remove(number) != null) {
            movedAside.add(number);
            return true;
        }
        histories.remove(number);
        return groups.remove(number) != null;
    }

    @Override
    public synchronized void list(Function<StoredGroup, GroupSummary> summarizer, String rulesVersion,
                                  Consumer<? super GroupListing> each) {
        Map<String, GroupListing> listed = new TreeMap<>();
        groups.values().forEach(g -> listed.put(g.groupNumber().value(), new GroupListing.Listed(summarizer.apply(g))));
        damaged.forEach((number, reason) -> listed.put(number.value(),
                new GroupListing.Damaged(number.value(), location(number), reason)));
        listed.values().forEach(each);
    }

    @Override
    public synchronized List<GroupNumber> numbers() {
        java.util.TreeSet<GroupNumber> numbers = new java.util.TreeSet<>(groups.keySet());
        numbers.addAll(damaged.keySet());
        return List.copyOf(numbers);
    }

    @Override
    public synchronized List<HistoryEntry> history(GroupNumber number) {
        failIfDamaged(number);
        return List.copyOf(histories.getOrDefault(number, List.of()));
    }

    @Override
    public synchronized Optional<GroupArchive> export(GroupNumber number) {
        failIfDamaged(number);
        return Optional.ofNullable(groups.get(number)).map(g -> new GroupArchive(g, histories.get(number)));
    }

    @Override
    public synchronized boolean importGroup(GroupArchive archive, boolean replace) {
        GroupNumber number = archive.group().groupNumber();
        boolean exists = groups.containsKey(number) || damaged.containsKey(number);
        if (exists && !replace) {
            throw new GroupAlreadyExistsException(number.value());
        }
        if (damaged.remove(number) != null) {
            movedAside.add(number);
        }
        groups.put(number, archive.group());
        histories.put(number, new ArrayList<>(archive.history()));
        return exists;
    }

    /** Makes a group's document unreadable, as a damaged file would be. */
    public synchronized void damage(GroupNumber number, String reason) {
        groups.remove(number);
        histories.remove(number);
        damaged.put(number, reason);
    }

    /** The damaged documents deleted or replaced, which a real store keeps aside. */
    public synchronized List<GroupNumber> movedAside() {
        return List.copyOf(movedAside);
    }

    private StoredGroup existing(GroupNumber number) {
        failIfDamaged(number);
        StoredGroup fresh = groups.get(number);
        if (fresh == null) {
            throw new GroupNotFoundException(number.value());
        }
        return fresh;
    }

    private void failIfDamaged(GroupNumber number) {
        String reason = damaged.get(number);
        if (reason != null) {
            throw new DamagedGroupException(number.value(), location(number), reason, null);
        }
    }

    private static String location(GroupNumber number) {
        return "memory:" + number.value();
    }
}
