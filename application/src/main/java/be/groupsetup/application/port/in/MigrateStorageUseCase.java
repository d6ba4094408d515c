package be.groupsetup.application.port.in;

/**
 * Copies every group, with its whole history, from one storage (the source, never changed) into another (the
 * target), then reads each copy back and compares it with the original. A group that fails (unreadable in the
 * source, refused by the target, not equal when read back) is reported and the migration goes on with the next;
 * running it again copies only what is not in the target yet.
 */
public interface MigrateStorageUseCase {

    /** @param progress told of each group as soon as it is done */
    MigrationReport migrate(MigrateStorageCommand command, MigrationReport.Progress progress);

    default MigrationReport migrate(MigrateStorageCommand command) {
        return migrate(command, MigrationReport.Progress.NONE);
    }
}
