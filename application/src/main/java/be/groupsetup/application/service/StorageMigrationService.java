package be.groupsetup.application.service;

import be.groupsetup.application.error.ApplicationException;
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
 * history of the original, so that it can be compared with it. The source is only read.
 * <p>
 * Each group is its own import (all or nothing), checked first by the rules every import follows
 * ({@link ArchiveValidation}). A group that fails — unreadable in the source, refused by those rules or by the
 * target, not equal when read back — is reported with the reason and the migration goes on with the next one:
 * running it again finds the groups already copied identical and tries the others. Only when the target itself can
 * no longer be used (a failure of the storage that a second look at the same group confirms: the database gone)
 * does it stop, and the groups not tried are reported as such.
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

    /** The target failed in a way that a second look confirmed: it cannot be used for any group. */
    private static final class TargetUnavailable extends RuntimeException {
        private final ApplicationException failure;
        /** What to report for the group it failed on. */
        private final GroupMigration group;

        TargetUnavailable(ApplicationException failure, GroupMigration group) {
            super(failure.code(), failure, false, false);
            this.failure = failure;
            this.group = group;
        }
    }

    @Override
    public MigrationReport migrate(MigrateStorageCommand command, MigrationReport.Progress progress) {
        List<GroupNumber> numbers = sourceList.numbers();
        List<GroupMigration> groups = new ArrayList<>(numbers.size());
        ApplicationException stopped = null;
        for (GroupNumber number : numbers) {
            GroupMigration done;
            if (stopped != null) {
                done = new GroupMigration(number.value(), Outcome.NOT_ATTEMPTED, 0, 0, null, stopped);
            } else {
                try {
                    Optional<GroupMigration> migrated = migrateOne(number, command.replace());
                    if (migrated.isEmpty()) {
                        continue; // deleted from the source since it was listed
                    }
                    done = migrated.get();
                } catch (TargetUnavailable e) {
                    stopped = e.failure;
                    done = e.group;
                }
            }
            groups.add(done);
            progress.groupDone(groups.size(), numbers.size(), done);
        }
        return new MigrationReport(sourceName, targetName, groups, stopped);
    }

    private Optional<GroupMigration> migrateOne(GroupNumber number, boolean replace) {
        GroupArchive original;
        try {
            Optional<GroupArchive> exported = source.export(number);
            if (exported.isEmpty()) {
                return Optional.empty();
            }
            original = exported.get();
        } catch (DamagedGroupException e) {
            return Optional.of(new GroupMigration(number.value(), Outcome.DAMAGED_IN_SOURCE, 0, 0,
                    e.reason() + " (" + e.location() + ")", e));
        } catch (ApplicationException e) {
            return Optional.of(new GroupMigration(number.value(), Outcome.DAMAGED_IN_SOURCE, 0, 0, null, e));
        } catch (RuntimeException e) {
            return Optional.of(new GroupMigration(number.value(), Outcome.DAMAGED_IN_SOURCE, 0, 0, unexpected(e), null));
        }
        return Optional.of(copy(number, original, replace));
    }

    private GroupMigration copy(GroupNumber number, GroupArchive original, boolean replace) {
        long revision = original.group().revision();
        int entries = original.history().size();
        try {
            ArchiveValidation.check(original);
        } catch (ApplicationException e) {
            return new GroupMigration(number.value(), Outcome.REFUSED, revision, entries, null, e);
        }
        boolean taken;
        try {
            Optional<GroupArchive> existing = target.export(number);
            if (existing.isPresent() && existing.get().equals(original)) {
                return new GroupMigration(number.value(), Outcome.ALREADY_THERE, revision, entries, null);
            }
            taken = existing.isPresent();
        } catch (DamagedGroupException e) {
            taken = true;
        } catch (ApplicationException e) {
            return failed(number, Outcome.REFUSED, revision, entries, e);
        } catch (RuntimeException e) {
            return new GroupMigration(number.value(), Outcome.REFUSED, revision, entries, unexpected(e), null);
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
        } catch (ApplicationException e) {
            return failed(number, Outcome.REFUSED, revision, entries, e);
        } catch (RuntimeException e) {
            return new GroupMigration(number.value(), Outcome.REFUSED, revision, entries, unexpected(e), null);
        }
        String difference;
        try {
            difference = difference(original, target.export(number));
        } catch (ApplicationException e) {
            return failed(number, Outcome.NOT_VERIFIED, revision, entries, e);
        } catch (RuntimeException e) {
            return new GroupMigration(number.value(), Outcome.NOT_VERIFIED, revision, entries, unexpected(e), null);
        }
        if (difference != null) {
            return new GroupMigration(number.value(), Outcome.NOT_VERIFIED, revision, entries, difference);
        }
        return new GroupMigration(number.value(), replaced ? Outcome.REPLACED : Outcome.COPIED, revision, entries, null);
    }

    /**
     * A failure of the target for this group: reported as such, unless it is a failure of the storage that a second
     * look at the same group meets again — then the target itself is gone, and the migration stops.
     */
    private GroupMigration failed(GroupNumber number, Outcome outcome, long revision, int entries,
                                  ApplicationException failure) {
        GroupMigration group = new GroupMigration(number.value(), outcome, revision, entries, null, failure);
        if (failure.isEnvironmentFailure() && !(failure instanceof DamagedGroupException) && !targetAnswers(number)) {
            // before the import nothing of this group was written: not tried; after it, written but not verified
            throw new TargetUnavailable(failure, outcome == Outcome.NOT_VERIFIED ? group
                    : new GroupMigration(number.value(), Outcome.NOT_ATTEMPTED, revision, entries, null, failure));
        }
        return group;
    }

    private boolean targetAnswers(GroupNumber number) {
        try {
            target.export(number);
            return true;
        } catch (DamagedGroupException e) {
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A failure nobody foresaw (a defect): its kind only, never its message (it may quote stored values). */
    private static String unexpected(RuntimeException e) {
        return "unexpected failure (" + e.getClass().getSimpleName() + ")";
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
