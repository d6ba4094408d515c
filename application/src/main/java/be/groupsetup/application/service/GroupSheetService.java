package be.groupsetup.application.service;

import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupSheetQuery;
import be.groupsetup.application.port.in.SheetModel;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamStatus;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.field.FieldDisplay;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.GroupSetup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What to type into AllsoftPlus, field by field in screen order, then the CSAM checklist (docs/rules.md §4.2, the sheet). */
public final class GroupSheetService implements GroupSheetQuery {

    /** The screen label of the group number's second field ("Nr de groupe"). */
    public static final String SECOND_GROUP_NUMBER_LABEL = "label.group-number.second";

    private final ConfigurationRules rules;
    private final GroupStore store;
    private final Stamps stamps;

    /**
     * Each sheet is stamped with the group's revision, the time from the clock and the technician (checked as
     * {@link Stamps} checks every name it stores): a printed sheet says which state it shows, when and by whom it was
     * printed.
     */
    public GroupSheetService(ConfigurationRules rules, GroupStore store, ClockPort clock,
                             CurrentTechnicianPort technician) {
        this.rules = rules;
        this.store = store;
        this.stamps = new Stamps(clock, technician);
    }

    @Override
    public SheetModel sheet(GroupQuery query) {
        StoredGroup stored = StoredGroups.existing(store, query.groupNumber());
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
        Stamps.Stamp printed = stamps.take();
        return new SheetModel(stored.groupNumber(), rows, checklist, setup.readiness(findings), csam, setup,
                stored.revision(), printed.when(), printed.who());
    }

    private static SheetModel.Row row(FieldKey field, String labelKey, GroupConfiguration configuration,
                                      List<Finding> findings) {
        String value = configuration.value(field).orElse(null);
        return new SheetModel.Row(field, labelKey, FieldDisplay.toType(field, value),
                FieldDisplay.readable(field, value),
                findings.stream().filter(f -> f.field() == field).toList());
    }
}
