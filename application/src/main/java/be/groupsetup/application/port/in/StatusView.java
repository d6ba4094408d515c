package be.groupsetup.application.port.in;

import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.setup.Readiness;
import be.groupsetup.domain.value.GroupNumber;

public record StatusView(GroupNumber group, Readiness readiness, CsamProcedure procedure) {
}
