package be.groupsetup.application.error;

/** A file given to import is not a groupsetup export, or one this release cannot read. */
public class ArchiveFormatException extends ApplicationException {

    public ArchiveFormatException(String reason, Throwable cause) {
        super("archive-format", cause, reason);
    }

    @Override
    public boolean isEnvironmentFailure() {
        return false;
    }
}
