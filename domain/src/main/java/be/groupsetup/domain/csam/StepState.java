package be.groupsetup.domain.csam;

/** Where a step stands. */
public enum StepState {
    DONE("done"), TO_DO("todo"), SKIPPED("skipped"),
    /** Recorded, but a rule that ties it to the configuration or to another record no longer holds. */
    RECHECK("recheck");

    private final String id;

    StepState(String id) {
        this.id = id;
    }

    /** As the JSON output and the message keys say it: {@code done}, {@code todo}, {@code skipped}, {@code recheck}. */
    public String id() {
        return id;
    }
}
