package be.groupsetup.application.model;

/** A stored group as listed: its summary, or why its document cannot be read. */
public sealed interface GroupListing {

    /** The group number, or the name of the damaged document when no number can be read from it. */
    String key();

    record Listed(GroupSummary summary) implements GroupListing {
        @Override
        public String key() {
            return summary.group().value();
        }
    }

    /**
     * @param key      the group number the document's name gives, or the name itself
     * @param location where the document is (a path, a table row …)
     * @param reason   why it cannot be read
     */
    record Damaged(String key, String location, String reason) implements GroupListing {
    }
}
