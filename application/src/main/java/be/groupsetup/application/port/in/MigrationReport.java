package be.groupsetup.application.port.in;

import java.util.List;

/**
 * What a storage migration did, group by group, in number order.
 *
 * @param source where the groups came from (a folder), as it may be shown
 * @param target where they went (a database URL without password), as it may be shown
 */
public record MigrationReport(String source, String target, List<GroupMigration> groups) {

    public MigrationReport {
        groups = List.copyOf(groups);
    }

    public long count(Outcome outcome) {
        return groups.stream().filter(group -> group.outcome() == outcome).count();
    }

    /** Every group of the source is in the target, and every copy was read back equal to its original. */
    public boolean complete() {
        return groups.stream().allMatch(group -> group.outcome().inTarget());
    }

    /** Something failed that is not a rule's refusal: a group unreadable in the source, a copy not equal. */
    public boolean hasFailures() {
        return count(Outcome.DAMAGED_IN_SOURCE) + count(Outcome.NOT_VERIFIED) > 0;
    }

    /**
     * One group.
     *
     * @param revision       its revision in the source (0 when it could not be read)
     * @param historyEntries how many history entries were copied
     * @param detail         for a damaged source or a failed verification: why (never personal data)
     */
    public record GroupMigration(String group, Outcome outcome, long revision, int historyEntries, String detail) {
    }

    public enum Outcome {
        /** Copied and verified. */
        COPIED(true),
        /** The target's group of that number replaced by the copy (asked for), verified. */
        REPLACED(true),
        /** The target already held the same group with the same history: nothing to do. */
        ALREADY_THERE(true),
        /** The target holds another group of that number (or a damaged one): left as it was. */
        SKIPPED_EXISTS(false),
        /** The source's document cannot be read: not copied. */
        DAMAGED_IN_SOURCE(false),
        /** Copied, but the copy read back differs from the original. */
        NOT_VERIFIED(false);

        private final boolean inTarget;

        Outcome(boolean inTarget) {
            this.inTarget = inTarget;
        }

        public boolean inTarget() {
            return inTarget;
        }
    }
}
