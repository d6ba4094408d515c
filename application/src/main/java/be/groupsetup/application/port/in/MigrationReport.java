package be.groupsetup.application.port.in;

import be.groupsetup.application.error.ApplicationException;

import java.util.List;

/**
 * What a storage migration did, group by group, in number order: every group of the source is in the report,
 * whatever became of it.
 *
 * @param source  where the groups came from (a folder), as it may be shown
 * @param target  where they went (a database URL without password), as it may be shown
 * @param stopped when the target itself could no longer be used (the database gone), why; the groups not tried
 *                are then in the report as {@link Outcome#NOT_ATTEMPTED}. Null when every group was tried.
 */
public record MigrationReport(String source, String target, List<GroupMigration> groups, ApplicationException stopped) {

    public MigrationReport {
        groups = List.copyOf(groups);
    }

    public MigrationReport(String source, String target, List<GroupMigration> groups) {
        this(source, target, groups, null);
    }

    public long count(Outcome outcome) {
        return groups.stream().filter(group -> group.outcome() == outcome).count();
    }

    /** How many groups are not in the target as they are in the source, for any reason. */
    public long notMigrated() {
        return groups.stream().filter(group -> !group.outcome().inTarget()).count();
    }

    /** How many groups failed: not readable in the source, refused by the target, not verified, not tried. */
    public long failed() {
        return groups.stream().filter(group -> group.outcome().failed()).count();
    }

    /** Every group of the source is in the target, and every copy was read back equal to its original. */
    public boolean complete() {
        return stopped == null && groups.stream().allMatch(group -> group.outcome().inTarget());
    }

    /** Some group failed (rather than being skipped because the target holds another one of its number). */
    public boolean hasFailures() {
        return failed() > 0;
    }

    /**
     * One group.
     *
     * @param revision       its revision in the source (0 when it could not be read)
     * @param historyEntries how many history entries it has in the source
     * @param detail         for a failure: why, in words without personal data (null otherwise)
     * @param failure        for a failure that an application exception says (in the user's language through its code
     *                       and arguments): that exception; null otherwise
     */
    public record GroupMigration(String group, Outcome outcome, long revision, int historyEntries, String detail,
                                 ApplicationException failure) {

        public GroupMigration(String group, Outcome outcome, long revision, int historyEntries, String detail) {
            this(group, outcome, revision, historyEntries, detail, null);
        }
    }

    /** What became of one group. */
    public enum Outcome {
        /** Copied and verified. */
        COPIED(true, false),
        /** The target's group of that number replaced by the copy (asked for), verified. */
        REPLACED(true, false),
        /** The target already held the same group with the same history: nothing to do. */
        ALREADY_THERE(true, false),
        /** The target holds another group of that number (or a damaged one): left as it was. */
        SKIPPED_EXISTS(false, false),
        /** The source's document (or its history) cannot be read: not copied. */
        DAMAGED_IN_SOURCE(false, true),
        /** Refused by the import rules every store relies on, or by the target (for this group only): not copied. */
        REFUSED(false, true),
        /** Copied, but the copy read back differs from the original (or cannot be read back). */
        NOT_VERIFIED(false, true),
        /** Not tried: the target could no longer be used (see {@link MigrationReport#stopped()}). */
        NOT_ATTEMPTED(false, true);

        private final boolean inTarget;
        private final boolean failed;

        Outcome(boolean inTarget, boolean failed) {
            this.inTarget = inTarget;
            this.failed = failed;
        }

        public boolean inTarget() {
            return inTarget;
        }

        public boolean failed() {
            return failed;
        }
    }

    /** Told of each group as soon as it is done, e.g. to show progress while a long migration runs. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (done, total, group) -> {
        };

        /**
         * @param done  how many groups are done, this one included (1 … total)
         * @param total how many groups the source holds
         */
        void groupDone(int done, int total, GroupMigration group);
    }
}
