package be.groupsetup.application.error;

/** The store cannot be used: unreadable, not writable, locked by another process for too long, disk full… */
public class StorageException extends ApplicationException {

    /**
     * @param code      what failed, e.g. {@code storage.locked}, {@code storage.io}
     * @param arguments for the message (paths, durations; never personal data)
     */
    public StorageException(String code, Throwable cause, Object... arguments) {
        super(code, cause, arguments);
    }

    @Override
    public boolean isEnvironmentFailure() {
        return true;
    }
}
