package be.groupsetup.application.service;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.in.AcknowledgeResult;
import be.groupsetup.application.port.in.AcknowledgeWarningCommand;
import be.groupsetup.application.port.in.AcknowledgeWarningUseCase;
import be.groupsetup.application.port.in.ChangeStatus;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.setup.AcknowledgementOutcome;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;

/**
 * Acknowledges warnings by name and withdraws acknowledgements (docs/rules.md §3.2). Each one is decided on the freshest
 * stored state, stored with the group and kept in its history.
 */
public final class WarningAcknowledgementService implements AcknowledgeWarningUseCase {

    private final ConfigurationRules rules;
    private final GroupUpdates updates;
    private final Stamps stamps;

    public WarningAcknowledgementService(ConfigurationRules rules, GroupStore store, ClockPort clock,
                                         CurrentTechnicianPort technician) {
        this.rules = rules;
        this.updates = new GroupUpdates(store);
        this.stamps = new Stamps(clock, technician);
    }

    @Override
    public AcknowledgeResult acknowledge(AcknowledgeWarningCommand command) {
        GroupNumber number = GroupNumbers.named(command.groupNumber());
        Stamps.Stamp stamp = stamps.take();
        UpdateResult<AcknowledgeResult> result = updates.update(number, fresh -> {
            AcknowledgementOutcome outcome = command.withdraw()
                    ? fresh.setup().withdraw(command.code(), command.field(), rules)
                    : fresh.setup().acknowledge(command.code(), command.field(), command.reason(), rules, stamp.who(),
                            stamp.when());
            if (outcome instanceof AcknowledgementOutcome.Accepted accepted) {
                HistoryKind kind = command.withdraw() ? HistoryKind.ACKNOWLEDGEMENT_WITHDRAWN : HistoryKind.ACKNOWLEDGED;
                HistoryEntry entry = new HistoryEntry(stamp.when(), stamp.who(), 0, kind, List.of(), List.of(),
                        List.of(), List.of(accepted.warning()), accepted.acknowledgement().reason());
                return new GroupUpdate.Decision.Apply<>(accepted.setup(), entry, new AcknowledgeResult(number,
                        ChangeStatus.APPLIED, List.of(), accepted.acknowledgement(), accepted.warning(),
                        command.withdraw(), fresh.revision()));
            }
            return new GroupUpdate.Decision.Keep<>(new AcknowledgeResult(number, ChangeStatus.REFUSED,
                    outcome instanceof AcknowledgementOutcome.Refused refused ? refused.findings() : List.of(),
                    null, null, command.withdraw(), fresh.revision()));
        });
        AcknowledgeResult r = result.result();
        return new AcknowledgeResult(r.group(), r.status(), r.findings(), r.acknowledgement(), r.warning(),
                r.withdrawn(), result.revision());
    }
}
