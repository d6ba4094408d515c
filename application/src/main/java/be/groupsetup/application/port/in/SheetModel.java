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

import java.util.List;

/**
 * The sheet a technician types AllsoftPlus from: one row per screen field in screen order (two for the group
 * number, which AllsoftPlus asks twice), then the CSAM checklist.
 */
public record SheetModel(GroupNumber group, List<Row> rows, List<ChecklistItem> checklist, Readiness readiness,
                         CsamStatus csam, GroupSetup setup) {

    public CsamProcedure procedure() {
        return csam.procedure();
    }

    /** The acknowledgement that holds for a warning, if any. */
    public java.util.Optional<be.groupsetup.domain.setup.Acknowledgement> acknowledgementOf(Finding finding) {
        return setup.acknowledgementOf(finding);
    }

    public SheetModel {
        rows = List.copyOf(rows);
        checklist = List.copyOf(checklist);
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
