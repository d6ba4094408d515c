package be.groupsetup.domain.setup;

import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.finding.Finding;

import java.util.List;

/** Whether a group is ready for MyCareNet billing, and if not, what is missing, most urgent first. */
public record Readiness(List<Missing> missing) {

    static final String REQUIRED = "required";

    public Readiness {
        missing = List.copyOf(missing);
    }

    public boolean isReady() {
        return missing.isEmpty();
    }

    /**
     * One thing missing: a field finding (an error, or {@code required}), or a CSAM step not done.
     *
     * @param kind    field or step
     * @param key     the field key or the step id
     * @param finding the field's finding; null for a step
     * @param step    the step; null for a field
     */
    public record Missing(Kind kind, String key, Finding finding, CsamStep step) {

        public enum Kind { FIELD, STEP }

        static Missing field(Finding finding) {
            return new Missing(Kind.FIELD, finding.field() == null ? null : finding.field().key(), finding, null);
        }

        static Missing step(CsamStep step) {
            return new Missing(Kind.STEP, step.id(), null, step);
        }
    }
}
