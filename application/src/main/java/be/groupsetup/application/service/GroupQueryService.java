package be.groupsetup.application.service;

import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.port.in.CheckGroupQuery;
import be.groupsetup.application.port.in.GroupHistoryQuery;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupSheetQuery;
import be.groupsetup.application.port.in.GroupStatusQuery;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.HistoryView;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.SheetModel;
import be.groupsetup.application.port.in.ShowGroupQuery;
import be.groupsetup.application.port.in.StatusView;
import be.groupsetup.application.port.out.GroupHistoryPort;
import be.groupsetup.application.port.out.ListGroupsPort;
import be.groupsetup.application.port.out.LoadGroupPort;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamStatus;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.field.FieldDisplay;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The queries of SPEC §3: show, list, check, status, history and the sheet. */
public final class GroupQueryService implements ShowGroupQuery, CheckGroupQuery, GroupStatusQuery, GroupHistoryQuery,
        GroupSheetQuery, ListGroupsQuery {

    /** The screen label of the group number's second field ("Nr de groupe"). */
    public static final String SECOND_GROUP_NUMBER_LABEL = "label.group-number.second";

    private final ConfigurationRules rules;
    private final LoadGroupPort loadPort;
    private final ListGroupsPort listPort;
    private final GroupHistoryPort historyPort;

    public GroupQueryService(ConfigurationRules rules, LoadGroupPort loadPort, ListGroupsPort listPort,
                             GroupHistoryPort historyPort) {
        this.rules = rules;
        this.loadPort = loadPort;
        this.listPort = listPort;
        this.historyPort = historyPort;
    }

    @Override
    public GroupView show(GroupQuery query) {
        StoredGroup stored = load(query.groupNumber());
        GroupSetup setup = stored.setup();
        List<Finding> findings = setup.configuration().check(rules);
        return new GroupView(stored.groupNumber(), setup, findings, findings.stream().noneMatch(Finding::isError),
                stored.revision());
    }

    @Override
    public GroupView check(GroupQuery query) {
        return show(query);
    }

    @Override
    public StatusView status(GroupQuery query) {
        StoredGroup stored = load(query.groupNumber());
        return new StatusView(stored.groupNumber(), stored.setup().readiness(rules), stored.setup().csamStatus());
    }

    @Override
    public HistoryView history(GroupQuery query) {
        GroupNumber number = load(query.groupNumber()).groupNumber();
        return new HistoryView(number, historyPort.history(number));
    }

    @Override
    public SheetModel sheet(GroupQuery query) {
        StoredGroup stored = load(query.groupNumber());
        GroupSetup setup = stored.setup();
        List<Finding> findings = setup.configuration().check(rules);
        List<SheetModel.Row> rows = new ArrayList<>();
        for (FieldKey field : FieldKey.values()) {
            rows.add(row(field, "label." + field.key(), setup.configuration(), findings));
            if (field == FieldKey.GROUP_NUMBER) {
                rows.add(row(field, SECOND_GROUP_NUMBER_LABEL, setup.configuration(), findings));
            }
        }
        CsamStatus csam = setup.csamStatus();
        Optional<CsamStep> next = csam.next();
        List<SheetModel.ChecklistItem> checklist = new ArrayList<>();
        for (CsamStep step : CsamStep.values()) {
            checklist.add(new SheetModel.ChecklistItem(step, csam.state(step), csam.procedure().records(step),
                    next.filter(step::equals).isPresent(), csam.recheckReason(step).orElse(null)));
        }
        return new SheetModel(stored.groupNumber(), rows, checklist, setup.readiness(rules), csam, setup);
    }

    @Override
    public List<GroupListing> list() {
        return listPort.list(this::summarize, rules.version());
    }

    @Override
    public List<GroupNumber> numbers() {
        return listPort.numbers();
    }

    /** The list line of a group: what {@link #list} shows, made with these rules. */
    public GroupSummary summarize(StoredGroup stored) {
        GroupSetup setup = LegacyConfirmations.complete(stored.setup(),
                () -> historyPort.history(stored.groupNumber()));
        GroupConfiguration configuration = setup.configuration();
        List<Finding> findings = configuration.check(rules);
        return new GroupSummary(stored.groupNumber(), configuration.value(FieldKey.COMPANY_NAME).orElse(null),
                findings.stream().noneMatch(Finding::isError), setup.csamStatus().progress(),
                setup.readiness(rules).isReady(), setup.openWarnings(rules).size(), stored.revision());
    }

    private static SheetModel.Row row(FieldKey field, String labelKey, GroupConfiguration configuration,
                                      List<Finding> findings) {
        String value = configuration.value(field).orElse(null);
        return new SheetModel.Row(field, labelKey, FieldDisplay.toType(field, value),
                FieldDisplay.readable(field, value),
                findings.stream().filter(f -> f.field() == field).toList());
    }

    /** The stored group, with identity confirmations of earlier releases completed from its history. */
    private StoredGroup load(String typedNumber) {
        GroupNumber number = GroupNumbers.named(typedNumber);
        StoredGroup stored = loadPort.load(number).orElseThrow(() -> new GroupNotFoundException(number.value()));
        GroupSetup setup = LegacyConfirmations.complete(stored.setup(), () -> historyPort.history(number));
        return setup == stored.setup() ? stored : new StoredGroup(setup, stored.revision());
    }
}
