package be.groupsetup.application.port.in;

/** @param replace overwrite a group the target already holds with other content (otherwise it is skipped) */
public record MigrateStorageCommand(boolean replace) {
}
