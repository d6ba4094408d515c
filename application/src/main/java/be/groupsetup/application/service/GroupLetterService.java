package be.groupsetup.application.service;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.in.LetterModel;
import be.groupsetup.application.port.in.WriteLetterCommand;
import be.groupsetup.application.port.in.WriteLetterUseCase;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.CsamStatus;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes the letter to a group (docs/rules.md §4.4) from its freshest stored state and records it in the history
 * ({@code letter-written}, its language as the detail), the set-up unchanged: the group's last change then says that
 * the technician is waiting on the group's answer.
 */
public final class GroupLetterService implements WriteLetterUseCase {

    private final ConfigurationRules rules;
    private final GroupUpdates updates;
    private final Stamps stamps;

    public GroupLetterService(ConfigurationRules rules, GroupStore store, ClockPort clock,
                              CurrentTechnicianPort technician) {
        this.rules = rules;
        this.updates = new GroupUpdates(store);
        this.stamps = new Stamps(clock, technician);
    }

    @Override
    public LetterModel write(WriteLetterCommand command) {
        GroupNumber number = GroupNumbers.named(command.groupNumber());
        Stamps.Stamp stamp = stamps.take();
        return updates.update(number, fresh -> {
            HistoryEntry entry = new HistoryEntry(stamp.when(), stamp.who(), 0, HistoryKind.LETTER_WRITTEN, List.of(),
                    List.of(), List.of(), List.of(), command.language());
            return new GroupUpdate.Decision.Apply<>(fresh.setup(), entry, letter(fresh, stamp));
        }).result();
    }

    private LetterModel letter(StoredGroup stored, Stamps.Stamp stamp) {
        GroupSetup setup = stored.setup();
        GroupConfiguration configuration = setup.configuration();
        List<Finding> findings = configuration.check(rules);
        List<LetterModel.Ask> missing = asks(configuration, findings, Finding::isMissingValue);
        List<LetterModel.Ask> wrong = asks(configuration, findings, f -> f.isError() && !f.isMissingValue());
        Set<Finding> open = Set.copyOf(setup.openWarnings(findings));
        List<LetterModel.Ask> warnings = asks(configuration, findings, open::contains);
        return new LetterModel(stored.groupNumber(), configuration.value(FieldKey.COMPANY_NAME).orElse(null), missing,
                wrong, warnings, steps(setup.csamStatus()), configuration.representingNurse().orElse(null),
                setup.procedure().latest(CsamStep.AUTHORITY).map(StepRecord::person).orElse(null),
                stored.revision(), stamp.when(), stamp.who());
    }

    /** One ask per field the group can give that has findings of the kind, in screen order. */
    private static List<LetterModel.Ask> asks(GroupConfiguration configuration, List<Finding> findings,
                                              Predicate<Finding> kind) {
        List<LetterModel.Ask> asks = new ArrayList<>();
        for (FieldKey field : FieldKey.values()) {
            List<Finding> ofField = findings.stream().filter(f -> f.field() == field).filter(kind).distinct().toList();
            if (LetterModel.ASKED.contains(field) && !ofField.isEmpty()) {
                asks.add(new LetterModel.Ask(field, configuration.value(field).orElse(null), ofField));
            }
        }
        return asks;
    }

    /**
     * The steps to do or to re-check, in procedure order; the optional local access managers only while a required
     * step is still to do (a group whose procedure is done is not asked for more).
     */
    private static List<LetterModel.StepToDo> steps(CsamStatus csam) {
        if (csam.isComplete()) {
            return List.of();
        }
        List<LetterModel.StepToDo> steps = new ArrayList<>();
        for (CsamStep step : CsamStep.values()) {
            StepState state = csam.state(step);
            if (state == StepState.TO_DO || state == StepState.RECHECK) {
                // the procedure's set iterates in the services' fixed order
                List<CsamService> missingServices = step == CsamStep.ACCESS_RIGHTS
                        ? List.copyOf(csam.procedure().missingServices()) : List.of();
                steps.add(new LetterModel.StepToDo(step, state, csam.recheckReason(step).orElse(null),
                        missingServices));
            }
        }
        return steps;
    }
}
