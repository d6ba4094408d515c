package be.groupsetup.domain.setup;

import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.finding.Finding;

import java.util.List;

/** Whether a group is ready for MyCareNet billing, and if not, what is missing, most urgent first. */
public record Readiness(List<Missing> missing) {

    public Readiness {
        missing = List.copyOf(missing);
    }

    public boolean isReady() {
        return missing.isEmpty();
    }

    /**
     * One thing missing: a field finding (an error, or {@code required}), a warning not acknowledged, or a CSAM
     * step not done or to re-check.
     *
     * @param kind    field, warning or step
     * @param key     the field key (null for a warning about no field) or the step id
     * @param finding the field's finding or the open warning; for a step, why it is to be re-checked, or null
     * @param step    the step; null for a field or a warning
     */
    public record Missing(Kind kind, String key, Finding finding, CsamStep step) {

        public enum Kind {
            FIELD, WARNING, STEP;

            /** As the JSON output says it: {@code field}, {@code warning}, {@code step}. */
            public String id() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        static Missing field(Finding finding) {
            return new Missing(Kind.FIELD, finding.field() == null ? null : finding.field().key(), finding, null);
        }

        static Missing warning(Finding finding) {
            return new Missing(Kind.WARNING, finding.field() == null ? null : finding.field().key(), finding, null);
        }

        static Missing step(CsamStep step, Finding recheckReason) {
            return new Missing(Kind.STEP, step.id(), recheckReason, step);
        }
    }
}
