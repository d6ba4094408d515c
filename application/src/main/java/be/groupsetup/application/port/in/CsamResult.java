package be.groupsetup.application.port.in;

import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStatus;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;

/**
 * The outcome of recording, undoing or resetting CSAM steps.
 *
 * @param findings  the refusal's reasons; on success the warnings worth keeping, and the step the change left to
 *                  re-check, if it did
 * @param csam      the procedure as stored afterwards (unchanged on refusal), judged against the configuration
 */
public record CsamResult(GroupNumber group, ChangeStatus status, List<Finding> findings, List<StepRecord> added,
                         List<StepRecord> removed, CsamStatus csam, long revision) {

    public CsamProcedure procedure() {
        return csam.procedure();
    }

    public CsamResult {
        findings = List.copyOf(findings);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean isAccepted() {
        return status.isAccepted();
    }
}
