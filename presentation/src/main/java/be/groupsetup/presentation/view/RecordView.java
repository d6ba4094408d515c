package be.groupsetup.presentation.view;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/** A record of a CSAM step as a history entry keeps it: who, in which role, what was granted, who recorded it and when. */
public record RecordView(String step, String person, String role, boolean existing, List<String> services,
                         boolean skipped, boolean identityConfirmed, String recordedBy, String recordedAt,
                         LoginCheckView loginCheck) {

    /** The CSAM login a designation was checked against (times ISO-8601). */
    public record LoginCheckView(String loginPerson, String loginRecordedAt, String confirmedNurse) {
    }

    /** A record of the procedure: the record, whether it counts, and when and by whom it was replaced (null while it counts). */
    public record InProcedure(@JsonUnwrapped RecordView record, boolean counts, String replacedAt, String replacedBy) {
    }
}
