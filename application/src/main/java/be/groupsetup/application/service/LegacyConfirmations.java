package be.groupsetup.application.service;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.setup.GroupSetup;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Identity confirmations stored before the confirmed names were kept with the record: the nurse's name confirmed
 * is read from the history entry that recorded it (its {@code identity-confirmed} warning names both people).
 * The history is read only for such a group.
 */
final class LegacyConfirmations {

    private static final String CONFIRMED = FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_IDENTITY_CONFIRMED;
    private static final String NAMES_UNKNOWN = FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_IDENTITY_CONFIRMED_NAMES_UNKNOWN;

    private LegacyConfirmations() {
    }

    static GroupSetup complete(GroupSetup setup, Supplier<List<HistoryEntry>> history) {
        CsamProcedure procedure = setup.procedure();
        if (procedure.records().stream().noneMatch(LegacyConfirmations::lacksNames)) {
            return setup;
        }
        List<HistoryEntry> entries = history.get();
        return setup.with(procedure.withRecordsReplaced(record -> lacksNames(record)
                ? confirmedNurse(record, entries).map(name -> withNurse(record, name)).orElse(record)
                : record));
    }

    private static boolean lacksNames(StepRecord record) {
        return record.step() == CsamStep.PRINCIPAL_ACCESS_MANAGER && record.identityConfirmed()
                && record.loginCheck() != null && record.loginCheck().confirmedNurse() == null;
    }

    private static Optional<String> confirmedNurse(StepRecord record, List<HistoryEntry> entries) {
        for (HistoryEntry entry : entries) {
            if (entry.kind() != HistoryKind.CSAM_RECORDED
                    || entry.recorded().stream().noneMatch(r -> sameRecording(r, record))) {
                continue;
            }
            for (Finding finding : entry.findings()) {
                if (CONFIRMED.equals(finding.code())) {
                    return Optional.of(NAMES_UNKNOWN.equals(finding.messageKey()) || finding.arguments().size() < 2
                            ? "" : finding.arguments().get(1));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameRecording(StepRecord one, StepRecord other) {
        return one.step() == other.step() && one.recordedAt().equals(other.recordedAt())
                && java.util.Objects.equals(one.person(), other.person());
    }

    private static StepRecord withNurse(StepRecord record, String nurse) {
        return new StepRecord(record.step(), record.person(), record.role(), record.existing(), record.services(),
                record.skipped(), record.identityConfirmed(), record.recordedBy(), record.recordedAt(),
                record.loginCheck().confirming(nurse));
    }
}
