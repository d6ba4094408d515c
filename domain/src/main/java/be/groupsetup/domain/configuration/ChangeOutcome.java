package be.groupsetup.domain.configuration;

import be.groupsetup.domain.finding.Finding;

import java.util.List;

/** What became of a change to a configuration: stored with its warnings and notes, or refused with its errors. */
public sealed interface ChangeOutcome {

    List<Finding> findings();

    /**
     * @param configuration the configuration after the change
     * @param findings      the warnings and notes about the given values
     * @param changes       the fields whose value differs, in screen order (empty when nothing changed)
     */
    record Accepted(GroupConfiguration configuration, List<Finding> findings, List<FieldChange> changes)
            implements ChangeOutcome {
        public Accepted {
            findings = List.copyOf(findings);
            changes = List.copyOf(changes);
        }

        public boolean changedAnything() {
            return !changes.isEmpty();
        }
    }

    /** @param findings every error that refuses the change, with the other findings about the given values */
    record Refused(List<Finding> findings) implements ChangeOutcome {
        public Refused {
            findings = List.copyOf(findings);
        }
    }
}
