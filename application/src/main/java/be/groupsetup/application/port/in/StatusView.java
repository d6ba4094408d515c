package be.groupsetup.application.port.in;

import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStatus;
import be.groupsetup.domain.setup.Readiness;
import be.groupsetup.domain.value.GroupNumber;

/**
 * Readiness and the CSAM procedure judged against the configuration, both made now.
 *
 * @param csam the procedure judged against the configuration as it is now
 */
public record StatusView(GroupNumber group, Readiness readiness, CsamStatus csam) {

    public CsamProcedure procedure() {
        return csam.procedure();
    }
}
