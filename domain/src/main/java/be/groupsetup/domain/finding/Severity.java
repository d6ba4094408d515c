package be.groupsetup.domain.finding;

/** How sure a finding is that a value is wrong (docs/rules.md §1.2). */
public enum Severity {
    /** Certainly wrong: AllsoftPlus or MyCareNet would reject it. */
    ERROR,
    /** Unusual and worth a second look, but may be right. */
    WARNING,
    /** The tool completed or changed the content of the input. */
    NOTE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
