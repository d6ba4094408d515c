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
 */
public record StepRecord(CsamStep step, String person, AuthorityRole role, boolean existing,
                         Set<CsamService> services, boolean skipped, boolean identityConfirmed,
                         String recordedBy, Instant recordedAt) {

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

    boolean isFor(String otherPerson) {
        return person != null && otherPerson != null && NameMatcher.samePerson(person, otherPerson);
    }

    @Override
    public String toString() {
        // names are personal data
        return "StepRecord[" + step.id() + " at " + recordedAt + "]";
    }
}
