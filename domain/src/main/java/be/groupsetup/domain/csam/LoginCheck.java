package be.groupsetup.domain.csam;

import java.time.Instant;
import java.util.Objects;

/**
 * What a principal access manager designated now was checked against: the {@code csam-login} record (its person
 * and when it was recorded, which together name it) and, when the technician confirmed the identity, the
 * representing nurse's name as it was confirmed. The designation holds while that login record exists and its
 * person is the current representing nurse, or while the confirmation names exactly that login and the current
 * nurse (docs/rules.md §3.4).
 *
 * @param loginPerson     the person of the login record
 * @param loginRecordedAt when the login record was recorded
 * @param confirmedNurse  the nurse's first and last name confirmed ("" when the configuration had none); null when
 *                        not confirmed, or confirmed before the names were kept (then read from the history)
 */
public record LoginCheck(String loginPerson, Instant loginRecordedAt, String confirmedNurse) {

    public LoginCheck {
        Objects.requireNonNull(loginRecordedAt, "loginRecordedAt");
    }

    static LoginCheck of(StepRecord login) {
        return new LoginCheck(login.person(), login.recordedAt(), null);
    }

    /** The same check with the nurse's name the technician confirmed. */
    public LoginCheck confirming(String nurse) {
        return new LoginCheck(loginPerson, loginRecordedAt, nurse);
    }

    @Override
    public String toString() {
        // names are personal data
        return "LoginCheck[" + loginRecordedAt + "]";
    }
}
