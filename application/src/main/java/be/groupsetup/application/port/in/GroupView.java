package be.groupsetup.application.port.in;

import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStatus;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Acknowledgement;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;
import java.util.Optional;

/**
 * A group as shown and checked.
 *
 * @param setup    the configuration, the CSAM procedure and the acknowledgements, as stored
 * @param findings everything check finds, in screen order
 * @param complete every required field set and no error
 */
public record GroupView(GroupNumber group, GroupSetup setup, List<Finding> findings, boolean complete,
                        long revision) {

    public GroupView {
        findings = List.copyOf(findings);
    }

    public GroupConfiguration configuration() {
        return setup.configuration();
    }

    public CsamProcedure procedure() {
        return setup.procedure();
    }

    /** The procedure judged against the configuration as it is now. */
    public CsamStatus csam() {
        return setup.csamStatus();
    }

    /** The acknowledgement that holds for a warning, if any (never for an error or a note). */
    public Optional<Acknowledgement> acknowledgementOf(Finding finding) {
        return setup.acknowledgementOf(finding);
    }

    /** The warnings no acknowledgement covers. */
    public List<Finding> openWarnings() {
        return findings.stream().filter(f -> f.severity() == be.groupsetup.domain.finding.Severity.WARNING)
                .filter(f -> acknowledgementOf(f).isEmpty()).toList();
    }
}
