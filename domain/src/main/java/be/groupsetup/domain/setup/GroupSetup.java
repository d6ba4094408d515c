package be.groupsetup.domain.setup;

import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStatus;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.text.UnsafeCharacters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything known about one group's set-up: its AllsoftPlus configuration, its CSAM procedure and the warnings
 * acknowledged. This is what a store keeps per group; readiness is judged on it every time, never stored.
 */
public record GroupSetup(GroupConfiguration configuration, CsamProcedure procedure,
                         List<Acknowledgement> acknowledgements) {

    public GroupSetup {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(procedure, "procedure");
        acknowledgements = acknowledgements == null ? List.of() : List.copyOf(acknowledgements);
    }

    public GroupSetup(GroupConfiguration configuration, CsamProcedure procedure) {
        this(configuration, procedure, List.of());
    }

    public static GroupSetup start(GroupConfiguration configuration) {
        return new GroupSetup(configuration, CsamProcedure.notStarted(), List.of());
    }

    public be.groupsetup.domain.value.GroupNumber groupNumber() {
        return configuration.groupNumber();
    }

    public GroupSetup with(GroupConfiguration changed) {
        return new GroupSetup(changed, procedure, acknowledgements);
    }

    public GroupSetup with(CsamProcedure changed) {
        return new GroupSetup(configuration, changed, acknowledgements);
    }

    /** The procedure judged against the configuration as it is now. */
    public CsamStatus csamStatus() {
        return procedure.judge(configuration);
    }

    /**
     * What a change that led from {@code before} to this set-up broke: the reason a step is now to be re-checked
     * that was not before (the command that broke it says so at that moment).
     */
    public Optional<Finding> recheckCausedSince(GroupSetup before) {
        CsamStatus now = csamStatus();
        Optional<Finding> reason = now.recheckReason(CsamStep.PRINCIPAL_ACCESS_MANAGER);
        if (reason.isEmpty()
                || before.csamStatus().state(CsamStep.PRINCIPAL_ACCESS_MANAGER) == be.groupsetup.domain.csam.StepState.RECHECK) {
            return Optional.empty();
        }
        return reason;
    }

    /**
     * The acknowledgement that holds for a finding: same code, same field, and the fields its rule reads still
     * hold the values acknowledged. Only warnings are ever acknowledged.
     */
    public Optional<Acknowledgement> acknowledgementOf(Finding finding) {
        if (finding.severity() != Severity.WARNING) {
            return Optional.empty();
        }
        Map<FieldKey, String> now = readValues(finding.code(), finding.field());
        return acknowledgements.stream()
                .filter(a -> a.isFor(finding.code(), finding.field()) && a.readValues().equals(now))
                .findFirst();
    }

    /** The warnings of the configuration that no acknowledgement covers, in screen order. */
    public List<Finding> openWarnings(ConfigurationRules rules) {
        return openWarnings(configuration.check(rules));
    }

    /** The warnings among the configuration's findings ({@link GroupConfiguration#check}) no acknowledgement covers. */
    public List<Finding> openWarnings(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING)
                .filter(f -> acknowledgementOf(f).isEmpty()).toList();
    }

    /**
     * Ready for MyCareNet billing, or what is missing, in the order of docs/rules.md §3.1: field errors (screen order),
     * missing required fields (screen order), open warnings (screen order), CSAM steps not done or to re-check
     * (procedure order).
     */
    public Readiness readiness(ConfigurationRules rules) {
        return readiness(configuration.check(rules));
    }

    /** {@link #readiness(ConfigurationRules)} from the configuration's findings already checked with those rules. */
    public Readiness readiness(List<Finding> findings) {
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        List<Readiness.Missing> missing = new ArrayList<>();
        errors.stream().filter(f -> !f.isMissingValue())
                .forEach(f -> missing.add(Readiness.Missing.field(f)));
        errors.stream().filter(Finding::isMissingValue)
                .forEach(f -> missing.add(Readiness.Missing.field(f)));
        openWarnings(findings).forEach(f -> missing.add(Readiness.Missing.warning(f)));
        CsamStatus csam = csamStatus();
        for (CsamStep step : csam.stepsToDo()) {
            missing.add(Readiness.Missing.step(step, csam.recheckReason(step).orElse(null)));
        }
        return new Readiness(missing);
    }

    /**
     * Acknowledges an open warning (docs/rules.md §3.2). Refused when the reason is blank, too long or holds a
     * character that can act (docs/rules.md §1.4; a TAB is read as a blank), when the code is not an open warning of
     * this group (the open ones are listed), or when it is open on several fields and none is named. Acknowledging the
     * same warning again replaces the earlier acknowledgement.
     */
    public AcknowledgementOutcome acknowledge(String typedCode, FieldKey field, String typedReason,
                                              ConfigurationRules rules, String technician, Instant at) {
        String code = Normalizer.typedId(typedCode);
        String reason = Normalizer.text(typedReason);
        List<Finding> problems = new ArrayList<>();
        if (reason.isEmpty()) {
            problems.add(Finding.error(null, FindingCodes.ACKNOWLEDGE_REASON_REQUIRED, Acknowledgement.MAX_REASON));
        } else if (reason.codePointCount(0, reason.length()) > Acknowledgement.MAX_REASON) {
            problems.add(Finding.error(null, FindingCodes.ACKNOWLEDGE_REASON_TOO_LONG, Acknowledgement.MAX_REASON,
                    reason.codePointCount(0, reason.length())));
        }
        UnsafeCharacters.first(reason).ifPresent(found -> problems.add(Finding.error(null,
                FindingCodes.ACKNOWLEDGE_REASON_UNSAFE_CHARACTER, found.name(), found.position())));
        List<Finding> open = openWarnings(rules);
        List<Finding> ofCode = open.stream().filter(f -> f.code().equals(code)).toList();
        Optional<Finding> target = Optional.empty();
        if (ofCode.isEmpty()) {
            problems.add(Finding.error(null, FindingCodes.ACKNOWLEDGE_NOT_OPEN, code, describe(open)));
        } else if (field != null) {
            target = ofCode.stream().filter(f -> f.field() == field).findFirst();
            if (target.isEmpty()) {
                problems.add(Finding.error(null, FindingCodes.ACKNOWLEDGE_NOT_OPEN_ON_FIELD, code, field.key(), fields(ofCode)));
            }
        } else if (ofCode.stream().map(Finding::field).distinct().count() > 1) {
            problems.add(Finding.error(null, FindingCodes.ACKNOWLEDGE_FIELD_REQUIRED, code, fields(ofCode)));
        } else {
            target = Optional.of(ofCode.get(0));
        }
        if (!problems.isEmpty()) {
            return new AcknowledgementOutcome.Refused(problems);
        }
        Finding warning = target.orElseThrow();
        Acknowledgement acknowledgement = new Acknowledgement(code, warning.field(), reason, technician, at,
                readValues(code, warning.field()));
        List<Acknowledgement> kept = new ArrayList<>(acknowledgements);
        kept.removeIf(a -> a.isFor(code, warning.field()));
        kept.add(acknowledgement);
        return new AcknowledgementOutcome.Accepted(new GroupSetup(configuration, procedure, kept),
                acknowledgement, warning);
    }

    /** Takes an acknowledgement back: the warning is open again. Refused when there is none for that code. */
    public AcknowledgementOutcome withdraw(String typedCode, FieldKey field, ConfigurationRules rules) {
        String code = Normalizer.typedId(typedCode);
        List<Acknowledgement> ofCode = acknowledgements.stream().filter(a -> a.code().equals(code))
                .filter(a -> field == null || a.field() == field).toList();
        String recorded = acknowledgements.stream().map(GroupSetup::describe).collect(Collectors.joining(", "));
        if (ofCode.isEmpty()) {
            return new AcknowledgementOutcome.Refused(List.of(Finding.error(null, FindingCodes.ACKNOWLEDGE_NONE, code,
                    recorded.isEmpty() ? "–" : recorded)));
        }
        if (ofCode.size() > 1) {
            return new AcknowledgementOutcome.Refused(List.of(Finding.error(null, FindingCodes.ACKNOWLEDGE_FIELD_REQUIRED,
                    code, ofCode.stream().map(a -> a.field() == null ? "–" : a.field().key())
                            .collect(Collectors.joining(", ")))));
        }
        Acknowledgement withdrawn = ofCode.get(0);
        List<Acknowledgement> kept = new ArrayList<>(acknowledgements);
        kept.remove(withdrawn);
        // the warning as it is raised now, with its arguments; or, when no longer raised, by its code alone
        Finding warning = configuration.check(rules).stream()
                .filter(f -> f.severity() == Severity.WARNING && withdrawn.isFor(f.code(), f.field())).findFirst()
                .orElse(new Finding(withdrawn.field(), Severity.WARNING, withdrawn.code(), withdrawn.code(), List.of()));
        return new AcknowledgementOutcome.Accepted(new GroupSetup(configuration, procedure, kept), withdrawn, warning);
    }

    private Map<FieldKey, String> readValues(String code, FieldKey field) {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        for (FieldKey read : WarningReads.of(code, field)) {
            configuration.value(read).ifPresent(value -> values.put(read, value));
        }
        return values;
    }

    private static String describe(List<Finding> warnings) {
        if (warnings.isEmpty()) {
            return "–";
        }
        Set<String> named = new LinkedHashSet<>();
        warnings.forEach(w -> named.add(w.code() + (w.field() == null ? "" : " (" + w.field().key() + ")")));
        return String.join(", ", named);
    }

    private static String describe(Acknowledgement acknowledgement) {
        return acknowledgement.code() + (acknowledgement.field() == null ? "" : " (" + acknowledgement.field().key() + ")");
    }

    private static String fields(List<Finding> warnings) {
        return warnings.stream().map(f -> f.field() == null ? "–" : f.field().key()).distinct()
                .collect(Collectors.joining(", "));
    }
}
