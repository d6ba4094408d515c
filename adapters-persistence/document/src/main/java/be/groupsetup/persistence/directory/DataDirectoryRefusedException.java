package be.groupsetup.persistence.directory;

import be.groupsetup.application.error.ApplicationException;

/**
 * The data directory is one groupsetup will not keep personal data in: other users can write to it, another user
 * owns it, or its {@code groups} folder is a symbolic link. A setting (or a folder) the user can fix, not a failure
 * of the environment: the message says what to run. The directory is left exactly as it was.
 * <p>
 * Codes: {@code storage.directory-shared} (path, mode, the path as typed in a shell),
 * {@code storage.directory-foreign} (path, owner, the user to give it to, the path as typed in a shell),
 * {@code storage.directory-link} (path).
 */
public final class DataDirectoryRefusedException extends ApplicationException {

    DataDirectoryRefusedException(String code, Object... arguments) {
        super(code, null, arguments);
    }

    @Override
    public boolean isEnvironmentFailure() {
        return false;
    }
}
