package be.groupsetup.application.port.in;

import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Acknowledgement;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;

/**
 * The outcome of acknowledging a warning or withdrawing an acknowledgement.
 *
 * @param findings        on refusal, why (with the open warnings); empty otherwise
 * @param acknowledgement the acknowledgement made or withdrawn; null on refusal
 * @param warning         the warning it is about; null on refusal
 * @param withdrawn       whether it was a withdrawal
 */
public record AcknowledgeResult(GroupNumber group, ChangeStatus status, List<Finding> findings,
                                Acknowledgement acknowledgement, Finding warning, boolean withdrawn, long revision) {

    public AcknowledgeResult {
        findings = List.copyOf(findings);
    }

    public boolean isAccepted() {
        return status.isAccepted();
    }
}
