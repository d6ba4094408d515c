package be.groupsetup.application.model;

import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.finding.Finding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One accepted change of a group, as the history keeps it: who, when, which revision it produced, and what
 * changed (fields old → new; CSAM records added or removed; the warnings worth keeping, such as an identity
 * the technician confirmed).
 *
 * @param detail free detail for the kind: the former number of a rename, the origin of an import
 */
public record HistoryEntry(Instant time, String technician, long revision, HistoryKind kind,
                           List<FieldChange> fieldChanges, List<StepRecord> recorded, List<StepRecord> removed,
                           List<Finding> findings, String detail) {

    public HistoryEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(kind, "kind");
        fieldChanges = fieldChanges == null ? List.of() : List.copyOf(fieldChanges);
        recorded = recorded == null ? List.of() : List.copyOf(recorded);
        removed = removed == null ? List.of() : List.copyOf(removed);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The same entry with the revision it produces (known only once the store applies it). */
    public HistoryEntry atRevision(long newRevision) {
        return new HistoryEntry(time, technician, newRevision, kind, fieldChanges, recorded, removed, findings, detail);
    }

    @Override
    public String toString() {
        // entries hold personal data: keep them out of log lines
        return "HistoryEntry[" + kind.id() + " r" + revision + " at " + time + "]";
    }
}
