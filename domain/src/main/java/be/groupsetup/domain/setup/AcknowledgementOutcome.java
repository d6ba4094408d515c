package be.groupsetup.domain.setup;

import be.groupsetup.domain.finding.Finding;

import java.util.List;

/** What became of an acknowledgement or its withdrawal. */
public sealed interface AcknowledgementOutcome {

    /**
     * @param setup           the set-up afterwards
     * @param acknowledgement the acknowledgement made, or the one withdrawn
     * @param warning         the warning it is about
     */
    record Accepted(GroupSetup setup, Acknowledgement acknowledgement, Finding warning)
            implements AcknowledgementOutcome {
    }

    record Refused(List<Finding> findings) implements AcknowledgementOutcome {
        public Refused {
            findings = List.copyOf(findings);
        }
    }
}
