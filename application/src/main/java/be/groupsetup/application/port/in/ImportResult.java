package be.groupsetup.application.port.in;

import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;

/**
 * @param replaced whether a group of that number was replaced
 * @param findings what check finds in the imported configuration (informative: an import is never refused for
 *                 a rule, as loading is not)
 */
public record ImportResult(GroupNumber group, boolean replaced, List<Finding> findings, long revision) {

    public ImportResult {
        findings = List.copyOf(findings);
    }
}
