package be.groupsetup.domain.csam;

import be.groupsetup.domain.finding.Finding;

import java.util.List;

/** What became of a record, undo or reset. */
public sealed interface CsamOutcome {

    List<Finding> findings();

    /**
     * @param procedure the procedure afterwards
     * @param added     the record added (recording), or none
     * @param removed   the records removed (a replaced person's record, an undo, a reset)
     * @param findings  warnings to keep with the change (an identity confirmed by the technician)
     */
    record Accepted(CsamProcedure procedure, List<StepRecord> added, List<StepRecord> removed, List<Finding> findings)
            implements CsamOutcome {
        public Accepted {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            findings = List.copyOf(findings);
        }
    }

    record Refused(List<Finding> findings) implements CsamOutcome {
        public Refused {
            findings = List.copyOf(findings);
        }
    }
}
