package be.groupsetup.domain.csam;

import java.util.List;

/**
 * A step to record, as the technician typed it: the domain reads the step id, role and services, so that an
 * unknown role or service is a refusal with the rule's reason.
 *
 * @param stepId    the step id ({@code authority}, {@code csam-login}, …)
 * @param person    the person the step is about, or null
 * @param role      the authority's role as typed, or null
 * @param existing  a principal access manager already existed
 * @param services  the services granted, as typed, or empty
 * @param skipped   the optional step is skipped
 * @param confirmed the technician checked the representative's identity another way
 */
public record StepRequest(String stepId, String person, String role, boolean existing, List<String> services,
                          boolean skipped, boolean confirmed) {

    public StepRequest {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public static StepRequest of(String stepId) {
        return new StepRequest(stepId, null, null, false, List.of(), false, false);
    }

    public StepRequest withPerson(String name) {
        return new StepRequest(stepId, name, role, existing, services, skipped, confirmed);
    }

    public StepRequest withRole(String typedRole) {
        return new StepRequest(stepId, person, typedRole, existing, services, skipped, confirmed);
    }

    public StepRequest withServices(List<String> typedServices) {
        return new StepRequest(stepId, person, role, existing, typedServices, skipped, confirmed);
    }

    public StepRequest asExisting() {
        return new StepRequest(stepId, person, role, true, services, skipped, confirmed);
    }

    public StepRequest asSkipped() {
        return new StepRequest(stepId, person, role, existing, services, true, confirmed);
    }

    public StepRequest asConfirmed() {
        return new StepRequest(stepId, person, role, existing, services, skipped, true);
    }
}
