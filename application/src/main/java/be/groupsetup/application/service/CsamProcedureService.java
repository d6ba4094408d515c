package be.groupsetup.application.service;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.in.ChangeStatus;
import be.groupsetup.application.port.in.CsamResult;
import be.groupsetup.application.port.in.RecordCsamStepCommand;
import be.groupsetup.application.port.in.RecordCsamStepUseCase;
import be.groupsetup.application.port.in.ResetCsamCommand;
import be.groupsetup.application.port.in.ResetCsamUseCase;
import be.groupsetup.application.port.in.UndoCsamStepCommand;
import be.groupsetup.application.port.in.UndoCsamStepUseCase;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.service.Stamps.Stamp;
import be.groupsetup.domain.csam.CsamOutcome;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Records, undoes and resets the steps of a group's CSAM procedure (docs/rules.md §2). */
public final class CsamProcedureService implements RecordCsamStepUseCase, UndoCsamStepUseCase, ResetCsamUseCase {

    private final GroupUpdates updates;
    private final Stamps stamps;

    public CsamProcedureService(GroupStore store, ClockPort clock, CurrentTechnicianPort technician) {
        this.updates = new GroupUpdates(store);
        this.stamps = new Stamps(clock, technician);
    }

    @Override
    public CsamResult record(RecordCsamStepCommand command) {
        return apply(command.groupNumber(), HistoryKind.CSAM_RECORDED, (fresh, stamp) -> fresh.setup().procedure()
                .record(command.request(), fresh.setup().configuration(), stamp.who(), stamp.when()));
    }

    @Override
    public CsamResult undo(UndoCsamStepCommand command) {
        return apply(command.groupNumber(), HistoryKind.CSAM_UNDONE, (fresh, stamp) -> fresh.setup().procedure()
                .undo(command.stepId(), command.person(), command.cascade()));
    }

    @Override
    public CsamResult reset(ResetCsamCommand command) {
        return apply(command.groupNumber(), HistoryKind.CSAM_RESET,
                (fresh, stamp) -> fresh.setup().procedure().reset());
    }

    private CsamResult apply(String typedNumber, HistoryKind kind,
                             BiFunction<StoredGroup, Stamp, CsamOutcome> change) {
        GroupNumber number = GroupNumbers.named(typedNumber);
        Stamp stamp = stamps.take();
        UpdateResult<CsamResult> result = updates.update(number, fresh -> {
            CsamOutcome outcome = change.apply(fresh, stamp);
            if (outcome instanceof CsamOutcome.Accepted accepted
                    && !(accepted.added().isEmpty() && accepted.removed().isEmpty())) {
                GroupSetup after = fresh.setup().with(accepted.procedure());
                List<Finding> findings = new ArrayList<>(accepted.findings());
                after.recheckCausedSince(fresh.setup()).ifPresent(findings::add);
                HistoryEntry entry = new HistoryEntry(stamp.when(), stamp.who(), 0, kind,
                        List.of(), accepted.added(), accepted.removed(), findings, null);
                return new GroupUpdate.Decision.Apply<>(after, entry,
                        new CsamResult(number, ChangeStatus.APPLIED, findings, accepted.added(),
                                accepted.removed(), after.csamStatus(), fresh.revision()));
            }
            ChangeStatus status = outcome instanceof CsamOutcome.Accepted ? ChangeStatus.UNCHANGED : ChangeStatus.REFUSED;
            return new GroupUpdate.Decision.Keep<>(new CsamResult(number, status, outcome.findings(), List.of(),
                    List.of(), fresh.setup().csamStatus(), fresh.revision()));
        });
        CsamResult r = result.result();
        return new CsamResult(r.group(), r.status(), r.findings(), r.added(), r.removed(), r.csam(),
                result.revision());
    }
}
