package be.groupsetup.application.service;

import be.groupsetup.application.error.DamagedGroupException;
import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.in.MigrateStorageCommand;
import be.groupsetup.application.port.in.MigrateStorageUseCase;
import be.groupsetup.application.port.in.MigrationReport;
import be.groupsetup.application.port.in.MigrationReport.GroupMigration;
import be.groupsetup.application.port.in.MigrationReport.Outcome;
import be.groupsetup.application.port.out.ListGroupsPort;
import be.groupsetup.application.port.out.TransferGroupPort;
import be.groupsetup.domain.value.GroupNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Copies every group of one store into another through the transfer ports, as {@code group export} and
 * {@code group import} would one by one, but without an "imported" entry: the copy keeps the revision and the
 * history of the original, so that it can be compared with it. The source is only read. Each group is its own
 * import (all or nothing); after an interruption, running the migration again finds the groups already copied
 * identical and goes on with the others.
 */
public final class StorageMigrationService implements MigrateStorageUseCase {

    private final String sourceName;
    private final ListGroupsPort sourceList;
    private final TransferGroupPort source;
    private final String targetName;
    private final TransferGroupPort target;

    public StorageMigrationService(String sourceName, ListGroupsPort sourceList, TransferGroupPort source,
                                   String targetName, TransferGroupPort target) {
        this.sourceName = sourceName;
        this.sourceList = sourceList;
        this.source = source;
        this.targetName = targetName;
        this.target = target;
    }

    @Override
    public MigrationReport migrate(MigrateStorageCommand command) {
        List<GroupMigration> groups = new ArrayList<>();
        for (GroupNumber number : sourceList.numbers()) {
            GroupArchive original;
            try {
                Optional<GroupArchive> exported = source.export(number);
                if (exported.isEmpty()) {
                    continue; // deleted since it was listed
                }
                original = exported.get();
            } catch (DamagedGroupException e) {
                groups.add(new GroupMigration(number.value(), Outcome.DAMAGED_IN_SOURCE, 0, 0,
                        e.reason() + " (" + e.location() + ")"));
                continue;
            }
            groups.add(copy(number, original, command.replace()));
        }
        return new MigrationReport(sourceName, targetName, groups);
    }

    private GroupMigration copy(GroupNumber number, GroupArchive original, boolean replace) {
        long revision = original.group().revision();
        int entries = original.history().size();
        boolean taken;
        try {
            Optional<GroupArchive> existing = target.export(number);
            if (existing.isPresent() && existing.get().equals(original)) {
                return new GroupMigration(number.value(), Outcome.ALREADY_THERE, revision, entries, null);
            }
            taken = existing.isPresent();
        } catch (DamagedGroupException e) {
            taken = true;
        }
        if (taken && !replace) {
            return new GroupMigration(number.value(), Outcome.SKIPPED_EXISTS, revision, entries, null);
        }
        boolean replaced;
        try {
            replaced = target.importGroup(original, replace);
        } catch (GroupAlreadyExistsException e) {
            // another technician stored that number since it was looked at
            return new GroupMigration(number.value(), Outcome.SKIPPED_EXISTS, revision, entries, null);
        }
        String difference = difference(original, target.export(number));
        if (difference != null) {
            return new GroupMigration(number.value(), Outcome.NOT_VERIFIED, revision, entries, difference);
        }
        return new GroupMigration(number.value(), replaced ? Outcome.REPLACED : Outcome.COPIED, revision, entries, null);
    }

    /** What differs between the original and its copy as read back, in words without personal data; or null. */
    private static String difference(GroupArchive original, Optional<GroupArchive> readBack) {
        if (readBack.isEmpty()) {
            return "the copy cannot be found";
        }
        GroupArchive copy = readBack.get();
        if (copy.group().revision() != original.group().revision()) {
            return "the copy is at revision " + copy.group().revision() + ", the original at "
                    + original.group().revision();
        }
        if (!copy.group().setup().configuration().equals(original.group().setup().configuration())) {
            return "the configuration differs";
        }
        if (!copy.group().setup().equals(original.group().setup())) {
            return "the CSAM procedure differs";
        }
        List<HistoryEntry> copied = copy.history();
        List<HistoryEntry> originals = original.history();
        for (int i = 0; i < Math.max(copied.size(), originals.size()); i++) {
            if (i >= copied.size() || i >= originals.size() || !copied.get(i).equals(originals.get(i))) {
                return "the history differs from its entry " + (i + 1) + " on (" + originals.size() + " entries, "
                        + copied.size() + " copied)";
            }
        }
        return null;
    }
}
