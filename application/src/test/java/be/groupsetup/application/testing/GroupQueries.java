package be.groupsetup.application.testing;

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

    public static GroupQueries on(ConfigurationRules rules, GroupStore store, ListGroupsPort listPort) {
        return new GroupQueries(new ShowGroupService(rules, store), new GroupStatusService(rules, store),
                new GroupHistoryService(store), new GroupSheetService(rules, store),
                new ListGroupsService(rules, store, listPort));
    }
}
