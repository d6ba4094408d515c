package be.groupsetup.application.port.in;

import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;

/**
 * A group as shown and checked.
 *
 * @param findings everything check finds, in screen order
 * @param complete every required field set and no error
 */
public record GroupView(GroupNumber group, GroupConfiguration configuration, CsamProcedure procedure,
                        List<Finding> findings, boolean complete, long revision) {

    public GroupView {
        findings = List.copyOf(findings);
    }
}
