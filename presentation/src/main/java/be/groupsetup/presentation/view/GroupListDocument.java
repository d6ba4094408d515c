package be.groupsetup.presentation.view;

import java.util.List;

/** Every stored group, damaged documents included. */
public record GroupListDocument(List<Line> groups) {

    /** A line of the list: a group read, or a document that cannot be read. */
    public sealed interface Line permits Listed, Damaged {
    }

    /** @param lastChange the change that made the group what it is, or null when its history does not hold it */
    public record Listed(String group, String company, boolean complete, int openWarnings, int progress,
                         boolean ready, boolean damaged, LastChange lastChange) implements Line {
    }

    /**
     * Who last changed the group, when, and what they did ({@code change}: a history kind such as
     * {@code letter-written}, whose {@code detail} is the letter's language — a group waiting on its answer).
     */
    public record LastChange(String technician, String time, String change, String detail) {
    }

    /** A damaged document: no values known ({@code company}, {@code openWarnings}, {@code progress} null), where and why. */
    public record Damaged(String group, String company, boolean complete, Integer openWarnings, Integer progress,
                          boolean ready, boolean damaged, String location, String reason) implements Line {
    }
}
