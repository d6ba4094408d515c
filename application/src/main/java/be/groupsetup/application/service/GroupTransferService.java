package be.groupsetup.application.service;

import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.in.ExportGroupCommand;
import be.groupsetup.application.port.in.ExportGroupUseCase;
import be.groupsetup.application.port.in.ImportGroupCommand;
import be.groupsetup.application.port.in.ImportGroupUseCase;
import be.groupsetup.application.port.in.ImportResult;
import be.groupsetup.application.port.out.ArchiveCodecPort;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.port.out.TransferGroupPort;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.value.GroupNumber;

import java.util.ArrayList;
import java.util.List;

/** Hands one group, with its history, from one store to another through an export file. */
public final class GroupTransferService implements ExportGroupUseCase, ImportGroupUseCase {

    private final ConfigurationRules rules;
    private final TransferGroupPort transferPort;
    private final ArchiveCodecPort codec;
    private final Stamps stamps;

    public GroupTransferService(ConfigurationRules rules, TransferGroupPort transferPort, ArchiveCodecPort codec,
                                ClockPort clock, CurrentTechnicianPort technician) {
        this.rules = rules;
        this.transferPort = transferPort;
        this.codec = codec;
        this.stamps = new Stamps(clock, technician);
    }

    @Override
    public String export(ExportGroupCommand command) {
        GroupNumber number = GroupNumbers.named(command.groupNumber());
        return codec.encode(transferPort.export(number).orElseThrow(() -> new GroupNotFoundException(number.value())));
    }

    /**
     * Reads the file (the codec refuses what is not an export of a format this release reads: its JSON shape), checks
     * it by the rules every store relies on ({@link ArchiveValidation}: the history numbered 1 … n and ending at the
     * group's revision, no text that can act anywhere), then stores the group one revision later, its history
     * continued by an "imported" entry. A file that breaks a rule is refused whole: nothing is stored.
     */
    @Override
    public ImportResult importGroup(ImportGroupCommand command) {
        Stamps.Stamp stamp = stamps.take();
        GroupArchive archive = codec.decode(command.content());
        ArchiveValidation.check(archive);
        StoredGroup stored = archive.group();
        long revision = stored.revision() + 1;
        List<HistoryEntry> history = new ArrayList<>(archive.history());
        history.add(new HistoryEntry(stamp.when(), stamp.who(), revision, HistoryKind.IMPORTED,
                List.of(), List.of(), List.of(), List.of(), "revision " + stored.revision()));
        boolean replaced = transferPort.importGroup(
                new GroupArchive(new StoredGroup(stored.setup(), revision), history), command.replace());
        List<Finding> findings = new ArrayList<>(stored.setup().configuration().check(rules));
        // an imported procedure whose designation no longer holds says so now, like any change that breaks it
        stored.setup().csamStatus().recheckReason(CsamStep.PRINCIPAL_ACCESS_MANAGER).ifPresent(findings::add);
        return new ImportResult(stored.groupNumber(), replaced, findings, revision);
    }
}
