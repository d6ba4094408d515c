package be.groupsetup.application.service;

import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupStatusQuery;
import be.groupsetup.application.port.in.StatusView;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.configuration.ConfigurationRules;

/** Whether a group is ready for MyCareNet billing, and its CSAM procedure (docs/rules.md §3.1, "status"). */
public final class GroupStatusService implements GroupStatusQuery {

    private final ConfigurationRules rules;
    private final GroupStore store;

    public GroupStatusService(ConfigurationRules rules, GroupStore store) {
        this.rules = rules;
        this.store = store;
    }

    @Override
    public StatusView status(GroupQuery query) {
        StoredGroup stored = StoredGroups.existing(store, query.groupNumber());
        return new StatusView(stored.groupNumber(), stored.setup().readiness(rules), stored.setup().csamStatus());
    }
}
