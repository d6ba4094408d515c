package be.groupsetup.application.port.out;

/**
 * What a compare-and-swap save did.
 *
 * @param saved    whether the change was stored
 * @param revision the group's revision now: the change's when saved, the one another change stored otherwise
 */
public record SaveResult(boolean saved, long revision) {

    public static SaveResult saved(long revision) {
        return new SaveResult(true, revision);
    }

    /** Refused: the group is no longer at the revision the change was decided on. */
    public static SaveResult conflict(long storedRevision) {
        return new SaveResult(false, storedRevision);
    }
}
