package be.groupsetup.application.testing;

import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.ListGroupsPort;
import be.groupsetup.application.service.GroupHistoryService;
import be.groupsetup.application.service.GroupSheetService;
import be.groupsetup.application.service.GroupStatusService;
import be.groupsetup.application.service.ListGroupsService;
import be.groupsetup.application.service.ShowGroupService;
import be.groupsetup.domain.configuration.ConfigurationRules;

/** The query services on one store, named, as tests use them together. */
public record GroupQueries(ShowGroupService show, GroupStatusService status, GroupHistoryService history,
                           GroupSheetService sheet, ListGroupsService list) {

    /** The sheet stamped at {@link SampleGroups#T0} by {@link SampleGroups#TECHNICIAN}. */
    public static GroupQueries on(ConfigurationRules rules, GroupStore store, ListGroupsPort listPort) {
        return on(rules, store, listPort, () -> SampleGroups.T0, () -> SampleGroups.TECHNICIAN);
    }

    /** The sheet stamped by this clock and technician. */
    public static GroupQueries on(ConfigurationRules rules, GroupStore store, ListGroupsPort listPort,
                                  ClockPort clock, CurrentTechnicianPort technician) {
        return new GroupQueries(new ShowGroupService(rules, store), new GroupStatusService(rules, store),
                new GroupHistoryService(store), new GroupSheetService(rules, store, clock, technician),
                new ListGroupsService(rules, store, listPort));
    }
}
