package be.groupsetup.application.port.in;

import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.value.GroupNumber;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The letter to a group: what the technician still needs from it, in the order a manager answers it — the values
 * still missing, the stored values that are wrong, the warnings to confirm, then the CSAM steps only the group can do
 * with its eID. Stamped like the sheet: the revision it was written from, when and by whom. A group with nothing
 * left to give gets a letter saying so ({@link #nothingNeeded}).
 *
 * @param company           the company name, or null when it is not set
 * @param missing           the required fields the group can give that are not set, in screen order
 * @param wrong             the fields the group can give whose stored value has an error, in screen order
 * @param warnings          the open (not acknowledged) warnings on the fields the group can give, in screen order
 * @param steps             the CSAM steps still to do or to re-check, in procedure order
 * @param representingNurse the representing nurse's first and last name as configured, or null when either is missing
 * @param performer         who performs the procedure as recorded at {@code authority}, or null
 * @param revision          the revision the letter was written from
 */
public record LetterModel(GroupNumber group, String company, List<Ask> missing, List<Ask> wrong, List<Ask> warnings,
                          List<StepToDo> steps, String representingNurse, String performer, long revision,
                          Instant writtenAt, String writtenBy) {

    /**
     * The fields a group can give: its company's, its account's and its representing nurse's data, its numbers. Not
     * asked: the mandate fields (fixed: {@code aucun} and empty), the eHealthBox fields (optional; the technician
     * decides whether to fill them in), the group number (the group's identity, known before a letter is written).
     */
    public static final Set<FieldKey> ASKED = EnumSet.of(FieldKey.COMPANY_NAME, FieldKey.CITY, FieldKey.POSTAL_CODE,
            FieldKey.STREET, FieldKey.IBAN, FieldKey.BIC, FieldKey.FIRST_NAME, FieldKey.LAST_NAME, FieldKey.PHONE,
            FieldKey.SUBSCRIPTION_TYPE, FieldKey.INAMI, FieldKey.ENTERPRISE_NUMBER, FieldKey.SINGLE_POINT_OF_CONTACT,
            FieldKey.REFERENCE_CARE_PROVIDER);

    public LetterModel {
        Objects.requireNonNull(group, "group");
        missing = List.copyOf(missing);
        wrong = List.copyOf(wrong);
        warnings = List.copyOf(warnings);
        steps = List.copyOf(steps);
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(writtenBy, "writtenBy");
    }

    /** Whether the group has nothing left to give or do. */
    public boolean nothingNeeded() {
        return missing.isEmpty() && wrong.isEmpty() && warnings.isEmpty() && steps.isEmpty();
    }

    public Optional<String> representingNurseName() {
        return Optional.ofNullable(representingNurse);
    }

    /**
     * A field the letter asks about.
     *
     * @param value    the stored value (canonical), or null when it is not set
     * @param findings what is wrong with it or worth confirming (the {@code required} finding for a missing field)
     */
    public record Ask(FieldKey field, String value, List<Finding> findings) {
        public Ask {
            Objects.requireNonNull(field, "field");
            findings = List.copyOf(findings);
        }

        @Override
        public String toString() {
            // the value is personal data
            return "Ask[" + field.key() + "]";
        }
    }

    /**
     * A CSAM step the group still has to do.
     *
     * @param state           {@code todo} or {@code recheck}
     * @param recheckReason   why it is to be re-checked, or null
     * @param missingServices for {@code access-rights}: the services nobody has been granted yet, in their fixed order
     */
    public record StepToDo(CsamStep step, StepState state, Finding recheckReason, List<CsamService> missingServices) {
        public StepToDo {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(state, "state");
            missingServices = List.copyOf(missingServices);
        }
    }

    @Override
    public String toString() {
        // names and values are personal data: keep them out of log lines
        return "LetterModel[" + group.value() + " r" + revision + ", " + missing.size() + " missing, " + wrong.size()
                + " wrong, " + warnings.size() + " warnings, " + steps.size() + " steps]";
    }
}
