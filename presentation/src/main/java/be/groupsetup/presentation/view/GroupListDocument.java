package be.groupsetup.presentation.view;

import java.util.List;

/** Every stored group, damaged documents included. */
public record GroupListDocument(List<Line> groups) {

    /** A line of the list: a group read, or a document that cannot be read. */
    public sealed interface Line permits Listed, Damaged {
    }

    public record Listed(String group, String company, boolean complete, int openWarnings, int progress,
                         boolean ready, boolean damaged) implements Line {
    }

    /** A damaged document: no values known ({@code company}, {@code openWarnings}, {@code progress} null), where and why. */
    public record Damaged(String group, String company, boolean complete, Integer openWarnings, Integer progress,
                          boolean ready, boolean damaged, String location, String reason) implements Line {
    }
}
