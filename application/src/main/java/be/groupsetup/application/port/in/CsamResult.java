package be.groupsetup.application.port.in;

import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;

/**
 * The outcome of recording, undoing or resetting CSAM steps.
 *
 * @param procedure the procedure as stored afterwards (unchanged on refusal)
 */
public record CsamResult(GroupNumber group, ChangeStatus status, List<Finding> findings, List<StepRecord> added,
                         List<StepRecord> removed, CsamProcedure procedure, long revision) {

    public CsamResult {
        findings = List.copyOf(findings);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean isAccepted() {
        return status.isAccepted();
    }
}
