package be.groupsetup.application.port.in;

/**
 * Copies every group, with its whole history, from one storage (the source, never changed) into another (the
 * target), then reads each copy back and compares it with the original.
 */
public interface MigrateStorageUseCase {

    MigrationReport migrate(MigrateStorageCommand command);
}
