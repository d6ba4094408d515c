package be.groupsetup.application.service;

import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.LastChange;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.ListGroupsPort;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamStatus;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;
import java.util.function.Consumer;

/**
 * Every stored group, summarised (docs/rules.md §4.2, "list"): with its next CSAM step and its last change (the
 * history entry of the stored revision, {@link GroupStore#historyEntry}). The store may keep the summaries between
 * calls: they are named by {@link ConfigurationRules#fingerprint()}, which changes by itself with the rules, their
 * tables and the year, so that a summary made by other rules is made again.
 */
public final class ListGroupsService implements ListGroupsQuery {

    private final ConfigurationRules rules;
    private final GroupStore store;
    private final ListGroupsPort listPort;

    public ListGroupsService(ConfigurationRules rules, GroupStore store, ListGroupsPort listPort) {
        this.rules = rules;
        this.store = store;
        this.listPort = listPort;
    }

    @Override
    public void list(Consumer<? super GroupListing> each) {
        listPort.list(this::summarize, rules.fingerprint(), each);
    }

    @Override
    public List<GroupNumber> numbers() {
        return listPort.numbers();
    }

    /** The list line of a group: what {@link #list} shows, made with these rules (the configuration checked once). */
    public GroupSummary summarize(StoredGroup stored) {
        GroupSetup setup = LegacyConfirmations.complete(stored.setup(), () -> store.history(stored.groupNumber()));
        GroupConfiguration configuration = setup.configuration();
        List<Finding> findings = configuration.check(rules);
        CsamStatus csam = setup.csamStatus();
        return new GroupSummary(stored.groupNumber(), configuration.value(FieldKey.COMPANY_NAME).orElse(null),
                findings.stream().noneMatch(Finding::isError), csam.progress(),
                setup.readiness(findings).isReady(), setup.openWarnings(findings).size(), stored.revision(),
                csam.next().orElse(null), lastChange(stored));
    }

    /**
     * The entry of the stored revision, not the history's last line: a crash may leave a line beyond the document,
     * which never happened as far as the group is concerned.
     */
    private LastChange lastChange(StoredGroup stored) {
        return store.historyEntry(stored.groupNumber(), stored.revision()).map(LastChange::of).orElse(null);
    }
}
