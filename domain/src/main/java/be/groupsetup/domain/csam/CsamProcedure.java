package be.groupsetup.domain.csam;

import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.text.UnsafeCharacters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CSAM / eHealth access-rights procedure of one group (docs/rules.md §2): the records of its six steps, in the
 * order they were recorded. Immutable: recording, undoing and resetting give a new procedure or a refusal.
 * A step can never be recorded before what it needs, and a mandate can never be recorded.
 */
public final class CsamProcedure {

    private static final CsamProcedure EMPTY = new CsamProcedure(List.of());

    /** The longest person's name recorded: the length of a text field (docs/rules.md §1.5). */
    public static final int MAX_PERSON = be.groupsetup.domain.value.FreeText.MAX_LENGTH;

    private final List<StepRecord> records;

    private CsamProcedure(List<StepRecord> records) {
        this.records = List.copyOf(records);
    }

    public static CsamProcedure notStarted() {
        return EMPTY;
    }

    /**
     * The procedure as stored, records in recording order. A principal access manager designated now that was
     * stored before login checks were kept is given the latest {@code csam-login} recorded before it: the login
     * it was checked against then. Kept from the next save on, so a later undo of that login is seen.
     */
    public static CsamProcedure reconstitute(List<StepRecord> records) {
        List<StepRecord> completed = new ArrayList<>(records.size());
        StepRecord lastLogin = null;
        for (StepRecord record : records) {
            if (record.step() == CsamStep.CSAM_LOGIN) {
                lastLogin = record;
            }
            if (isDesignation(record) && record.loginCheck() == null && lastLogin != null) {
                completed.add(record.withLoginCheck(LoginCheck.of(lastLogin)));
            } else {
                completed.add(record);
            }
        }
        return new CsamProcedure(completed);
    }

    /** The procedure with the records replaced one for one (the same positions), e.g. completed from history. */
    public CsamProcedure withRecordsReplaced(java.util.function.UnaryOperator<StepRecord> replacement) {
        return new CsamProcedure(records.stream().map(replacement).toList());
    }

    private static boolean isDesignation(StepRecord record) {
        return record.step() == CsamStep.PRINCIPAL_ACCESS_MANAGER && !record.existing();
    }

    /**
     * Whether a record counts: the latest record of a step that keeps one record (authority, csam-login,
     * principal-access-manager, no-mandates); every record of the per-person steps (a person recorded again
     * replaced their earlier record, which only the history keeps).
     */
    public boolean counts(StepRecord record) {
        return replacedBy(record).isEmpty() && records.contains(record);
    }

    /** The record that replaced this one (the next record of the same step), for the steps that keep one record. */
    public Optional<StepRecord> replacedBy(StepRecord record) {
        if (record.step() == CsamStep.ACCESS_RIGHTS || record.step() == CsamStep.LOCAL_ACCESS_MANAGERS) {
            return Optional.empty();
        }
        boolean seen = false;
        for (StepRecord candidate : records) {
            if (candidate == record) {
                seen = true;
            } else if (seen && candidate.step() == record.step()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The procedure judged against the configuration as it is now: the rules that tie a record to the
     * configuration or to another record are checked again (docs/rules.md §3.4, readiness derived every time).
     */
    public CsamStatus judge(GroupConfiguration configuration) {
        return new CsamStatus(this, recheckReason(configuration));
    }

    /**
     * Why the principal access manager designated now must be checked again, if it must: the login it was checked
     * against was undone, or its person is not the current representing nurse and no confirmation names exactly
     * that login and the current nurse. An existing principal access manager never needs it.
     */
    private Optional<Finding> recheckReason(GroupConfiguration configuration) {
        Optional<StepRecord> principal = latest(CsamStep.PRINCIPAL_ACCESS_MANAGER);
        if (principal.isEmpty() || principal.get().existing()) {
            return Optional.empty();
        }
        LoginCheck check = principal.get().loginCheck();
        Optional<StepRecord> login = check == null ? Optional.empty()
                : records(CsamStep.CSAM_LOGIN).stream().filter(r -> r.isLogin(check)).findFirst();
        if (login.isEmpty()) {
            return Optional.of(Finding.of(null, Severity.WARNING, FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_RECHECK,
                    FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_RECHECK_LOGIN_UNDONE,
                    check == null || check.loginPerson() == null ? "" : check.loginPerson()));
        }
        String loggedIn = login.get().person() == null ? "" : login.get().person();
        Optional<String> first = configuration.value(FieldKey.FIRST_NAME);
        Optional<String> last = configuration.value(FieldKey.LAST_NAME);
        if (first.isPresent() && last.isPresent() && NameMatcher.isRepresentative(first.get(), last.get(), loggedIn)) {
            return Optional.empty();
        }
        String nurse = nurseName(configuration);
        if (principal.get().identityConfirmed()
                && (check.confirmedNurse() == null || check.confirmedNurse().equals(nurse))) {
            return Optional.empty();
        }
        if (nurse.isEmpty()) {
            return Optional.of(Finding.of(null, Severity.WARNING, FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_RECHECK,
                    FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_RECHECK_REPRESENTATIVE_UNKNOWN,
                    loggedIn));
        }
        return Optional.of(Finding.of(null, Severity.WARNING, FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_RECHECK,
                    FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_RECHECK_NOT_REPRESENTATIVE,
                loggedIn, nurse));
    }

    /** The representing nurse's first and last name as the configuration has them, "" when either is missing. */
    static String nurseName(GroupConfiguration configuration) {
        return configuration.representingNurse().orElse("");
    }

    public List<StepRecord> records() {
        return records;
    }

    public List<StepRecord> records(CsamStep step) {
        return records.stream().filter(r -> r.step() == step).toList();
    }

    public Optional<StepRecord> latest(CsamStep step) {
        List<StepRecord> ofStep = records(step);
        return ofStep.isEmpty() ? Optional.empty() : Optional.of(ofStep.get(ofStep.size() - 1));
    }

    public StepState state(CsamStep step) {
        List<StepRecord> ofStep = records(step);
        return switch (step) {
            case LOCAL_ACCESS_MANAGERS -> ofStep.stream().anyMatch(r -> !r.skipped()) ? StepState.DONE
                    : ofStep.isEmpty() ? StepState.TO_DO : StepState.SKIPPED;
            case ACCESS_RIGHTS -> grantedServices().containsAll(EnumSet.allOf(CsamService.class))
                    ? StepState.DONE : StepState.TO_DO;
            default -> ofStep.isEmpty() ? StepState.TO_DO : StepState.DONE;
        };
    }

    public boolean isDone(CsamStep step) {
        return state(step) == StepState.DONE;
    }

    /** The services granted to at least one person. */
    public Set<CsamService> grantedServices() {
        Set<CsamService> granted = EnumSet.noneOf(CsamService.class);
        records(CsamStep.ACCESS_RIGHTS).forEach(r -> granted.addAll(r.services()));
        return granted;
    }

    /** The services nobody has been granted yet. */
    public Set<CsamService> missingServices() {
        Set<CsamService> missing = EnumSet.allOf(CsamService.class);
        missing.removeAll(grantedServices());
        return missing;
    }

    /** How many of the {@value CsamStep#REQUIRED_STEPS} required steps are done. */
    public int progress() {
        return (int) Arrays.stream(CsamStep.values()).filter(CsamStep::isRequired).filter(this::isDone).count();
    }

    public boolean isComplete() {
        return progress() == CsamStep.REQUIRED_STEPS;
    }

    /** The first required step not done. */
    public Optional<CsamStep> next() {
        return Arrays.stream(CsamStep.values()).filter(CsamStep::isRequired).filter(s -> !isDone(s)).findFirst();
    }

    /** The optional step to suggest: local access managers, once a principal exists, until recorded or skipped. */
    public Optional<CsamStep> suggestion() {
        return isDone(CsamStep.PRINCIPAL_ACCESS_MANAGER) && state(CsamStep.LOCAL_ACCESS_MANAGERS) == StepState.TO_DO
                ? Optional.of(CsamStep.LOCAL_ACCESS_MANAGERS) : Optional.empty();
    }

    /** The required steps not done, in procedure order. */
    public List<CsamStep> stepsToDo() {
        return Arrays.stream(CsamStep.values()).filter(CsamStep::isRequired).filter(s -> !isDone(s)).toList();
    }

    /**
     * Records a step. The configuration gives the representing nurse's names, which the designation of a
     * principal access manager is checked against.
     */
    public CsamOutcome record(StepRequest request, GroupConfiguration configuration, String technician, Instant at) {
        Objects.requireNonNull(request, "request");
        CsamStep.Lookup lookup = CsamStep.lookup(request.stepId());
        if (!(lookup instanceof CsamStep.Lookup.Step found)) {
            return refusedLookup(lookup);
        }
        CsamStep step = found.step();
        List<Finding> problems = new ArrayList<>(notApplicable(step, request));
        String person = blankToNull(request.person());
        problems.addAll(personProblems(person));
        Optional<CsamStep> needed = step.needs().filter(n -> !isDone(n));
        if (needed.isPresent()) {
            problems.add(Finding.error(null, FindingCodes.CSAM_STEP_NEEDS, step.id(), needed.get().id()));
            return new CsamOutcome.Refused(problems);
        }
        return switch (step) {
            case AUTHORITY -> recordAuthority(request, person, problems, technician, at);
            case CSAM_LOGIN -> recordSimple(step, person, true, problems, technician, at);
            case PRINCIPAL_ACCESS_MANAGER -> recordPrincipal(request, person, configuration, problems, technician, at);
            case LOCAL_ACCESS_MANAGERS -> recordLocalManager(request, person, problems, technician, at);
            case ACCESS_RIGHTS -> recordAccessRights(request, person, problems, technician, at);
            case NO_MANDATES -> recordNoMandates(problems, technician, at);
        };
    }

    private CsamOutcome recordAuthority(StepRequest request, String person, List<Finding> problems,
                                        String technician, Instant at) {
        if (person == null) {
            problems.add(Finding.error(null, FindingCodes.CSAM_PERSON_REQUIRED, CsamStep.AUTHORITY.id()));
        }
        Optional<AuthorityRole> role = AuthorityRole.byName(request.role());
        if (blankToNull(request.role()) == null) {
            problems.add(Finding.error(null, FindingCodes.CSAM_AUTHORITY_ROLE_REQUIRED, allowedRoles()));
        } else if (role.isEmpty()) {
            problems.add(Finding.error(null, FindingCodes.CSAM_AUTHORITY_ROLE, request.role().strip(), allowedRoles()));
        }
        if (!problems.isEmpty()) {
            return new CsamOutcome.Refused(problems);
        }
        return append(new StepRecord(CsamStep.AUTHORITY, person, role.get(), false, Set.of(), false, false,
                technician, at, null), List.of());
    }

    private CsamOutcome recordSimple(CsamStep step, String person, boolean personRequired, List<Finding> problems,
                                     String technician, Instant at) {
        if (personRequired && person == null) {
            problems.add(Finding.error(null, FindingCodes.CSAM_PERSON_REQUIRED, step.id()));
        }
        if (!problems.isEmpty()) {
            return new CsamOutcome.Refused(problems);
        }
        return append(new StepRecord(step, person, null, false, Set.of(), false, false, technician, at, null), List.of());
    }

    private CsamOutcome recordPrincipal(StepRequest request, String person, GroupConfiguration configuration,
                                        List<Finding> problems, String technician, Instant at) {
        if (request.existing()) {
            if (!problems.isEmpty()) {
                return new CsamOutcome.Refused(problems);
            }
            return append(new StepRecord(CsamStep.PRINCIPAL_ACCESS_MANAGER, person, null, true, Set.of(), false,
                    false, technician, at, null), List.of());
        }
        if (person == null) {
            problems.add(Finding.error(null, FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_PERSON_REQUIRED));
        }
        StepRecord login = latest(CsamStep.CSAM_LOGIN).orElseThrow();
        String loggedIn = login.person() == null ? "" : login.person();
        Optional<String> first = configuration.value(FieldKey.FIRST_NAME);
        Optional<String> last = configuration.value(FieldKey.LAST_NAME);
        List<Finding> findings = new ArrayList<>();
        boolean confirmed = false;
        if (first.isEmpty() || last.isEmpty()) {
            if (request.confirmed()) {
                confirmed = true;
                findings.add(Finding.of(null, Severity.WARNING, FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_IDENTITY_CONFIRMED,
                        FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_IDENTITY_CONFIRMED_NAMES_UNKNOWN, loggedIn));
            } else {
                problems.add(Finding.error(null, FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_REPRESENTATIVE_UNKNOWN, loggedIn));
            }
        } else if (!NameMatcher.isRepresentative(first.get(), last.get(), loggedIn)) {
            String representative = first.get() + " " + last.get();
            if (request.confirmed()) {
                confirmed = true;
                findings.add(Finding.warning(null, FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_IDENTITY_CONFIRMED,
                        loggedIn, representative));
            } else {
                problems.add(Finding.error(null, FindingCodes.CSAM_PRINCIPAL_ACCESS_MANAGER_NOT_REPRESENTATIVE,
                        loggedIn, representative));
            }
        }
        if (!problems.isEmpty()) {
            return new CsamOutcome.Refused(problems);
        }
        LoginCheck check = LoginCheck.of(login);
        if (confirmed) {
            check = check.confirming(nurseName(configuration));
        }
        return append(new StepRecord(CsamStep.PRINCIPAL_ACCESS_MANAGER, person, null, false, Set.of(), false,
                confirmed, technician, at, check), findings);
    }

    private CsamOutcome recordLocalManager(StepRequest request, String person, List<Finding> problems,
                                           String technician, Instant at) {
        CsamStep step = CsamStep.LOCAL_ACCESS_MANAGERS;
        if ((person == null) == !request.skipped()) {
            problems.add(Finding.error(null, FindingCodes.CSAM_LOCAL_ACCESS_MANAGERS_PERSON_OR_SKIPPED));
            return new CsamOutcome.Refused(problems);
        }
        if (request.skipped() && state(step) == StepState.DONE) {
            problems.add(Finding.error(null, FindingCodes.CSAM_LOCAL_ACCESS_MANAGERS_HAS_PERSONS));
        }
        if (!problems.isEmpty()) {
            return new CsamOutcome.Refused(problems);
        }
        List<StepRecord> replaced = records(step).stream()
                .filter(r -> request.skipped() ? r.skipped() : r.skipped() || r.isFor(person)).toList();
        return replace(new StepRecord(step, person, null, false, Set.of(), request.skipped(), false, technician, at, null),
                replaced);
    }

    private CsamOutcome recordAccessRights(StepRequest request, String person, List<Finding> problems,
                                           String technician, Instant at) {
        if (person == null) {
            problems.add(Finding.error(null, FindingCodes.CSAM_PERSON_REQUIRED, CsamStep.ACCESS_RIGHTS.id()));
        }
        Set<CsamService> services = EnumSet.noneOf(CsamService.class);
        List<String> typed = request.services().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (typed.isEmpty()) {
            problems.add(Finding.error(null, FindingCodes.CSAM_ACCESS_RIGHTS_SERVICES_REQUIRED, allowedServices()));
        }
        for (String name : typed) {
            CsamService.byName(name).ifPresentOrElse(services::add,
                    () -> problems.add(Finding.error(null, FindingCodes.CSAM_ACCESS_RIGHTS_SERVICE, name, allowedServices())));
        }
        if (!problems.isEmpty()) {
            return new CsamOutcome.Refused(problems);
        }
        List<StepRecord> replaced = records(CsamStep.ACCESS_RIGHTS).stream().filter(r -> r.isFor(person)).toList();
        return replace(new StepRecord(CsamStep.ACCESS_RIGHTS, person, null, false, services, false, false,
                technician, at, null), replaced);
    }

    private CsamOutcome recordNoMandates(List<Finding> problems, String technician, Instant at) {
        if (!problems.isEmpty()) {
            return new CsamOutcome.Refused(problems);
        }
        return replace(new StepRecord(CsamStep.NO_MANDATES, null, null, false, Set.of(), false, false,
                technician, at, null), records(CsamStep.NO_MANDATES));
    }

    /**
     * Undoes the latest record of a step (for the per-person steps, the named person's record). Refused while a
     * later recorded step needs it, unless {@code cascade} asks to undo those too.
     */
    public CsamOutcome undo(String stepId, String person, boolean cascade) {
        CsamStep.Lookup lookup = CsamStep.lookup(stepId);
        if (!(lookup instanceof CsamStep.Lookup.Step found)) {
            return refusedLookup(lookup);
        }
        CsamStep step = found.step();
        String named = blankToNull(person);
        List<Finding> personProblems = personProblems(named);
        if (!personProblems.isEmpty()) {
            return new CsamOutcome.Refused(personProblems);
        }
        List<StepRecord> ofStep = records(step);
        if (ofStep.isEmpty()) {
            return new CsamOutcome.Refused(List.of(Finding.error(null, FindingCodes.CSAM_UNDO_NOTHING, step.id())));
        }
        StepRecord target;
        if (step == CsamStep.LOCAL_ACCESS_MANAGERS || step == CsamStep.ACCESS_RIGHTS) {
            List<StepRecord> candidates = named == null ? ofStep
                    : ofStep.stream().filter(r -> r.isFor(named)).toList();
            if (candidates.isEmpty()) {
                return new CsamOutcome.Refused(List.of(Finding.error(null, FindingCodes.CSAM_UNDO_PERSON_UNKNOWN,
                        step.id(), named, persons(ofStep))));
            }
            if (candidates.size() > 1) {
                return new CsamOutcome.Refused(List.of(Finding.error(null, FindingCodes.CSAM_UNDO_PERSON_REQUIRED,
                        step.id(), persons(ofStep))));
            }
            target = candidates.get(0);
        } else if (named != null) {
            // a step that keeps one record: naming a person would suggest a choice that does not exist
            return new CsamOutcome.Refused(List.of(Finding.error(null, FindingCodes.CSAM_OPTION_NOT_APPLICABLE, "person",
                    step.id())));
        } else {
            target = ofStep.get(ofStep.size() - 1);
        }
        List<StepRecord> removed = new ArrayList<>(List.of(target));
        CsamProcedure after = without(removed);
        if (!after.isDone(step)) {
            List<CsamStep> dependents = recordedDownstreamOf(step);
            if (!dependents.isEmpty() && !cascade) {
                return new CsamOutcome.Refused(List.of(Finding.error(null, FindingCodes.CSAM_UNDO_NEEDED_BY, step.id(),
                        ids(dependents))));
            }
            dependents.forEach(s -> removed.addAll(records(s)));
            after = without(removed);
        }
        return new CsamOutcome.Accepted(after, List.of(), removed, List.of());
    }

    /** Clears the whole procedure. */
    public CsamOutcome.Accepted reset() {
        return new CsamOutcome.Accepted(EMPTY, List.of(), records, List.of());
    }

    /** The steps that need this one, directly or through another. */
    static Set<CsamStep> downstreamOf(CsamStep step) {
        Set<CsamStep> downstream = new LinkedHashSet<>();
        for (CsamStep candidate : CsamStep.values()) {
            Optional<CsamStep> need = candidate.needs();
            while (need.isPresent()) {
                if (need.get() == step) {
                    downstream.add(candidate);
                    break;
                }
                need = need.get().needs();
            }
        }
        return downstream;
    }

    private static List<Finding> notApplicable(CsamStep step, StepRequest request) {
        List<Finding> findings = new ArrayList<>();
        boolean personApplies = step != CsamStep.NO_MANDATES;
        if (!personApplies && blankToNull(request.person()) != null) {
            findings.add(Finding.error(null, FindingCodes.CSAM_OPTION_NOT_APPLICABLE, "person", step.id()));
        }
        if (step != CsamStep.AUTHORITY && blankToNull(request.role()) != null) {
            findings.add(Finding.error(null, FindingCodes.CSAM_OPTION_NOT_APPLICABLE, "role", step.id()));
        }
        if (step != CsamStep.PRINCIPAL_ACCESS_MANAGER && request.existing()) {
            findings.add(Finding.error(null, FindingCodes.CSAM_OPTION_NOT_APPLICABLE, "existing", step.id()));
        }
        if (step != CsamStep.PRINCIPAL_ACCESS_MANAGER && request.confirmed()) {
            findings.add(Finding.error(null, FindingCodes.CSAM_OPTION_NOT_APPLICABLE, "confirmed", step.id()));
        }
        if (step != CsamStep.ACCESS_RIGHTS && !request.services().isEmpty()) {
            findings.add(Finding.error(null, FindingCodes.CSAM_OPTION_NOT_APPLICABLE, "services", step.id()));
        }
        if (step != CsamStep.LOCAL_ACCESS_MANAGERS && request.skipped()) {
            findings.add(Finding.error(null, FindingCodes.CSAM_OPTION_NOT_APPLICABLE, "skipped", step.id()));
        }
        return findings;
    }

    private static CsamOutcome refusedLookup(CsamStep.Lookup lookup) {
        if (lookup instanceof CsamStep.Lookup.Mandate mandate) {
            return new CsamOutcome.Refused(List.of(Finding.error(null, FindingCodes.CSAM_MANDATE, mandate.typed())));
        }
        String known = Arrays.stream(CsamStep.values()).map(CsamStep::id).collect(Collectors.joining(", "));
        return new CsamOutcome.Refused(List.of(Finding.error(null, FindingCodes.CSAM_STEP_UNKNOWN,
                ((CsamStep.Lookup.Unknown) lookup).typed(), known)));
    }

    private CsamOutcome append(StepRecord record, List<Finding> findings) {
        List<StepRecord> all = new ArrayList<>(records);
        all.add(record);
        return new CsamOutcome.Accepted(new CsamProcedure(all), List.of(record), List.of(), findings);
    }

    /**
     * Replaces records by a new one. Refused when the step was done, would no longer be (a person's rights
     * narrowed), and a later recorded step needs it: that step must be undone first.
     */
    private CsamOutcome replace(StepRecord record, List<StepRecord> replaced) {
        List<StepRecord> all = new ArrayList<>(without(replaced).records);
        all.add(record);
        CsamProcedure after = new CsamProcedure(all);
        if (isDone(record.step()) && !after.isDone(record.step())) {
            List<CsamStep> dependents = recordedDownstreamOf(record.step());
            if (!dependents.isEmpty()) {
                return new CsamOutcome.Refused(List.of(Finding.error(null, FindingCodes.CSAM_RECORD_NEEDED_BY,
                        record.step().id(), ids(dependents))));
            }
        }
        return new CsamOutcome.Accepted(after, List.of(record), replaced, List.of());
    }

    private List<CsamStep> recordedDownstreamOf(CsamStep step) {
        return downstreamOf(step).stream().filter(s -> !records(s).isEmpty()).toList();
    }

    private static String ids(List<CsamStep> steps) {
        return steps.stream().map(CsamStep::id).collect(Collectors.joining(", "));
    }

    private CsamProcedure without(List<StepRecord> removed) {
        List<StepRecord> kept = new ArrayList<>(records);
        removed.forEach(r -> kept.removeIf(k -> k == r));
        return new CsamProcedure(kept);
    }

    private static String persons(List<StepRecord> ofStep) {
        return ofStep.stream().filter(r -> !r.skipped()).map(StepRecord::person).collect(Collectors.joining(", "));
    }

    private static String allowedRoles() {
        return Arrays.stream(AuthorityRole.values()).map(AuthorityRole::id).collect(Collectors.joining(", "));
    }

    private static String allowedServices() {
        return Arrays.stream(CsamService.values()).map(CsamService::id).collect(Collectors.joining(", "));
    }

    /**
     * A person's name as the technician typed it ({@code --person}, normalised: blanks trimmed and collapsed, a TAB
     * read as a blank) must not hold a character that can act (docs/rules.md §1.4: it is stored, printed by {@code csam
     * status}, the history and the sheet) nor be longer than a text field ({@value #MAX_PERSON} characters).
     */
    private static List<Finding> personProblems(String person) {
        if (person == null) {
            return List.of();
        }
        List<Finding> problems = new ArrayList<>(2);
        UnsafeCharacters.first(person).ifPresent(found -> problems.add(Finding.error(null,
                FindingCodes.CSAM_PERSON_UNSAFE_CHARACTER, found.name(), found.position())));
        int length = person.codePointCount(0, person.length());
        if (length > MAX_PERSON) {
            problems.add(Finding.error(null, FindingCodes.CSAM_PERSON_TOO_LONG, MAX_PERSON, length));
        }
        return problems;
    }

    private static String blankToNull(String text) {
        String normalized = be.groupsetup.domain.field.Normalizer.text(text);
        return normalized.isEmpty() ? null : normalized;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CsamProcedure that && records.equals(that.records);
    }

    @Override
    public int hashCode() {
        return records.hashCode();
    }

    @Override
    public String toString() {
        return "CsamProcedure[" + progress() + "/" + CsamStep.REQUIRED_STEPS + "]";
    }
}
