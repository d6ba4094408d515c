package be.groupsetup.domain.csam;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One recorded step of the CSAM procedure: what was recorded, by which technician and when.
 *
 * @param step              the step
 * @param person            who performed it, logged in, was designated, or received rights (null when not
 *                          applicable: an existing principal access manager, a skipped step, no-mandates)
 * @param role              the authority's role ({@code authority} only)
 * @param existing          a principal access manager already existed
 * @param services          the services granted ({@code access-rights} only)
 * @param skipped           the optional step was skipped
 * @param identityConfirmed the technician confirmed the representative's identity although the names differ
 * @param recordedBy        the technician
 * @param recordedAt        when
 * @param loginCheck        for a principal access manager designated now: the {@code csam-login} record it was
 *                          checked against (and the nurse's name confirmed, when confirmed); null otherwise
 */
public record StepRecord(CsamStep step, String person, AuthorityRole role, boolean existing,
                         Set<CsamService> services, boolean skipped, boolean identityConfirmed,
                         String recordedBy, Instant recordedAt, LoginCheck loginCheck) {

    public StepRecord {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        services = services == null || services.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(services));
    }

    /** The services in their fixed order (billing, insurability, medico-administrative). */
    public java.util.List<CsamService> orderedServices() {
        return services.isEmpty() ? java.util.List.of() : java.util.List.copyOf(EnumSet.copyOf(services));
    }

    /** The same record with its login check (a record stored before login checks were kept). */
    StepRecord withLoginCheck(LoginCheck check) {
        return new StepRecord(step, person, role, existing, services, skipped, identityConfirmed, recordedBy,
                recordedAt, check);
    }

    /** Whether this is the {@code csam-login} record a login check names. */
    boolean isLogin(LoginCheck check) {
        return step == CsamStep.CSAM_LOGIN && check != null && recordedAt.equals(check.loginRecordedAt())
                && java.util.Objects.equals(person, check.loginPerson());
    }

    boolean isFor(String otherPerson) {
        return person != null && otherPerson != null && NameMatcher.samePerson(person, otherPerson);
    }

    @Override
    public String toString() {
        // names are personal data
        return "StepRecord[" + step.id() + " at " + recordedAt + "]";
    }
}
