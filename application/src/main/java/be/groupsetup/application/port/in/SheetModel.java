package be.groupsetup.application.port.in;

import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStatus;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Readiness;
import be.groupsetup.domain.value.GroupNumber;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sheet a technician types AllsoftPlus from: one row per screen field in screen order (two for the group
 * number, which AllsoftPlus asks twice), then the CSAM checklist; stamped with the revision it shows, when it was
 * made and by whom, so that a printed sheet says which state of the group it is and who printed it.
 *
 * @param revision  the revision of the group the sheet shows
 * @param printedAt when the sheet was made (the application's clock)
 * @param printedBy the technician who made it, checked as every stored name is
 */
public record SheetModel(GroupNumber group, List<Row> rows, List<ChecklistItem> checklist, Readiness readiness,
                         CsamStatus csam, GroupSetup setup, long revision, Instant printedAt, String printedBy) {

    public CsamProcedure procedure() {
        return csam.procedure();
    }

    /** The acknowledgement that holds for a warning, if any. */
    public java.util.Optional<be.groupsetup.domain.setup.Acknowledgement> acknowledgementOf(Finding finding) {
        return setup.acknowledgementOf(finding);
    }

    /** The company name, when it is set. */
    public Optional<String> company() {
        return setup.configuration().value(FieldKey.COMPANY_NAME);
    }

    public SheetModel {
        rows = List.copyOf(rows);
        checklist = List.copyOf(checklist);
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(printedBy, "printedBy");
    }

    /**
     * @param labelKey the key of the screen label in the labels file
     * @param toType   the exact text to type, or null when the field is not set (empty for "leave empty")
     * @param readable the same value, easy to read aloud and compare (groups, dots, dashes)
     * @param findings the findings about the field (errors and warnings)
     */
    public record Row(FieldKey field, String labelKey, String toType, String readable, List<Finding> findings) {
        public Row {
            findings = List.copyOf(findings);
        }
    }

    /**
     * @param state         where the step stands, judged now ({@code recheck} when a record no longer holds)
     * @param recheckReason why it is to be re-checked, or null
     * @param next          whether this is the next step to do
     */
    public record ChecklistItem(CsamStep step, StepState state, List<StepRecord> records, boolean next,
                                Finding recheckReason) {
        public ChecklistItem {
            records = List.copyOf(records);
        }
    }
}
