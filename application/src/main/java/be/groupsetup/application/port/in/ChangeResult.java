package be.groupsetup.application.port.in;

import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.finding.Finding;

import java.util.List;

/**
 * The outcome of a change to a configuration.
 *
 * @param findings      the findings about the given values (on refusal, every error that refused it)
 * @param changes       what changed, old → new, in screen order
 * @param configuration the configuration as stored afterwards (unchanged on refusal)
 * @param revision      the stored revision afterwards
 */
public record ChangeResult(ChangeStatus status, List<Finding> findings, List<FieldChange> changes,
                           GroupConfiguration configuration, long revision) {

    public ChangeResult {
        findings = List.copyOf(findings);
        changes = List.copyOf(changes);
    }

    public boolean isAccepted() {
        return status.isAccepted();
    }

    public ChangeResult atRevision(long storedRevision) {
        return new ChangeResult(status, findings, changes, configuration, storedRevision);
    }
}
