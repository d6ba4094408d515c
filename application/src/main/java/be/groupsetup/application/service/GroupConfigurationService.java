package be.groupsetup.application.service;

import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.ChangeStatus;
import be.groupsetup.application.port.in.ClearFieldsCommand;
import be.groupsetup.application.port.in.ClearFieldsUseCase;
import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.port.in.CreateGroupUseCase;
import be.groupsetup.application.port.in.DeleteGroupCommand;
import be.groupsetup.application.port.in.DeleteGroupUseCase;
import be.groupsetup.application.port.in.RenameGroupCommand;
import be.groupsetup.application.port.in.RenameGroupUseCase;
import be.groupsetup.application.port.in.SetFieldsCommand;
import be.groupsetup.application.port.in.SetFieldsUseCase;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Creates, changes, renames and deletes group configurations (docs/rules.md §4.1). */
public final class GroupConfigurationService implements CreateGroupUseCase, SetFieldsUseCase, ClearFieldsUseCase,
        RenameGroupUseCase, DeleteGroupUseCase {

    private final ConfigurationRules rules;
    private final GroupStore store;
    private final GroupUpdates updates;
    private final Stamps stamps;

    public GroupConfigurationService(ConfigurationRules rules, GroupStore store, ClockPort clock,
                                     CurrentTechnicianPort technician) {
        this.rules = rules;
        this.store = store;
        this.updates = new GroupUpdates(store);
        this.stamps = new Stamps(clock, technician);
    }

    @Override
    public ChangeResult create(CreateGroupCommand command) {
        Parsed<GroupConfiguration> created = GroupConfiguration.create(command.groupNumber());
        if (!created.isAccepted()) {
            return new ChangeResult(ChangeStatus.REFUSED, created.findings(), List.of(), null, 0);
        }
        GroupConfiguration configuration = created.value();
        List<FieldChange> changes = List.of(new FieldChange(FieldKey.GROUP_NUMBER, null,
                configuration.groupNumber().value()));
        HistoryEntry entry = entry(HistoryKind.CREATED, changes, created.findings(), null);
        StoredGroup stored = store.create(GroupSetup.start(configuration), entry.atRevision(1));
        return new ChangeResult(ChangeStatus.APPLIED, created.findings(), changes,
                stored.setup().configuration(), stored.revision());
    }

    @Override
    public ChangeResult set(SetFieldsCommand command) {
        return change(command.groupNumber(), HistoryKind.FIELDS_SET,
                configuration -> configuration.change(command.values(), rules));
    }

    @Override
    public ChangeResult clear(ClearFieldsCommand command) {
        return change(command.groupNumber(), HistoryKind.FIELDS_CLEARED,
                configuration -> configuration.clear(command.fields()));
    }

    @Override
    public ChangeResult rename(RenameGroupCommand command) {
        GroupNumber from = GroupNumbers.named(command.groupNumber());
        Parsed<GroupNumber> to = GroupNumber.parse(command.newGroupNumber());
        if (!to.isAccepted()) {
            return new ChangeResult(ChangeStatus.REFUSED, to.findings(), List.of(), null, 0);
        }
        if (to.value().equals(from)) {
            return new ChangeResult(ChangeStatus.REFUSED,
                    List.of(GroupConfiguration.sameNumber(from)), List.of(), null, 0);
        }
        UpdateResult<ChangeResult> result = updates.rename(from, to.value(),
                decideWith(HistoryKind.RENAMED, from.value(),
                        configuration -> configuration.renameTo(command.newGroupNumber(), rules)));
        return result.result().atRevision(result.revision());
    }

    @Override
    public boolean delete(DeleteGroupCommand command) {
        GroupNumber number = GroupNumbers.named(command.groupNumber());
        if (!store.delete(number)) {
            throw new GroupNotFoundException(number.value());
        }
        return true;
    }

    private ChangeResult change(String typedNumber, HistoryKind kind,
                                Function<GroupConfiguration, ChangeOutcome> change) {
        GroupNumber number = GroupNumbers.named(typedNumber);
        UpdateResult<ChangeResult> result = updates.update(number, decideWith(kind, null, change));
        return result.result().atRevision(result.revision());
    }

    private GroupUpdate<ChangeResult> decideWith(HistoryKind kind, String detail,
                                                 Function<GroupConfiguration, ChangeOutcome> change) {
        Stamps.Stamp stamp = stamps.take();
        return fresh -> {
            GroupConfiguration current = fresh.setup().configuration();
            ChangeOutcome outcome = change.apply(current);
            if (outcome instanceof ChangeOutcome.Accepted accepted && accepted.changedAnything()) {
                GroupSetup after = fresh.setup().with(accepted.configuration());
                List<Finding> findings = new ArrayList<>(accepted.findings());
                after.recheckCausedSince(fresh.setup()).ifPresent(findings::add);
                ChangeResult result = new ChangeResult(ChangeStatus.APPLIED, findings, accepted.changes(),
                        accepted.configuration(), fresh.revision());
                HistoryEntry entry = new HistoryEntry(stamp.when(), stamp.who(), 0, kind, accepted.changes(),
                        List.of(), List.of(), findings, detail);
                return new GroupUpdate.Decision.Apply<>(after, entry, result);
            }
            ChangeStatus status = outcome instanceof ChangeOutcome.Accepted ? ChangeStatus.UNCHANGED : ChangeStatus.REFUSED;
            return new GroupUpdate.Decision.Keep<>(new ChangeResult(status, outcome.findings(), List.of(), current,
                    fresh.revision()));
        };
    }

    private HistoryEntry entry(HistoryKind kind, List<FieldChange> changes, List<Finding> findings, String detail) {
        Stamps.Stamp stamp = stamps.take();
        return new HistoryEntry(stamp.when(), stamp.who(), 0, kind, changes, List.of(), List.of(), findings, detail);
    }
}
