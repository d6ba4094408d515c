package be.groupsetup.domain.csam;

/** Where a step stands. */
public enum StepState {
    DONE, TODO, SKIPPED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
