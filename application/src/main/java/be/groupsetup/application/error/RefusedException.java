package be.groupsetup.application.error;

import be.groupsetup.domain.finding.Finding;

import java.util.List;

/** A rule refused the input of a query (e.g. a group number that is not one): the findings say why. */
public class RefusedException extends ApplicationException {

    private final List<Finding> findings;

    public RefusedException(List<Finding> findings) {
        super("refused", null);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    @Override
    public boolean isEnvironmentFailure() {
        return false;
    }
}
