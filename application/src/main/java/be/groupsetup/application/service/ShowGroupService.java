package be.groupsetup.application.service;

import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.ShowGroupQuery;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.GroupSetup;

import java.util.List;

/** A stored group with every finding today's rules make about it (docs/rules.md §4.2, "show" and "check"). */
public final class ShowGroupService implements ShowGroupQuery {

    private final ConfigurationRules rules;
    private final GroupStore store;

    public ShowGroupService(ConfigurationRules rules, GroupStore store) {
        this.rules = rules;
        this.store = store;
    }

    @Override
    public GroupView show(GroupQuery query) {
        StoredGroup stored = StoredGroups.existing(store, query.groupNumber());
        GroupSetup setup = stored.setup();
        List<Finding> findings = setup.configuration().check(rules);
        return new GroupView(stored.groupNumber(), setup, findings, findings.stream().noneMatch(Finding::isError),
                stored.revision());
    }
}
