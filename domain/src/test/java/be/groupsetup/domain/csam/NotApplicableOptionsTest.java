package be.groupsetup.domain.csam;

import be.groupsetup.domain.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static be.groupsetup.domain.csam.CsamFixtures.AT;
import static be.groupsetup.domain.csam.CsamFixtures.CONFIGURATION;
import static be.groupsetup.domain.csam.CsamFixtures.NURSE_EID;
import static be.groupsetup.domain.csam.CsamFixtures.TECHNICIAN;
import static be.groupsetup.domain.csam.CsamFixtures.accepted;
import static be.groupsetup.domain.csam.CsamFixtures.after;
import static be.groupsetup.domain.csam.CsamFixtures.allServicesFor;
import static be.groupsetup.domain.csam.CsamFixtures.assertRefusedWith;
import static be.groupsetup.domain.csam.CsamFixtures.authority;
import static be.groupsetup.domain.csam.CsamFixtures.designated;
import static be.groupsetup.domain.csam.CsamFixtures.localManager;
import static be.groupsetup.domain.csam.CsamFixtures.login;
import static be.groupsetup.domain.csam.CsamFixtures.noMandates;
import static be.groupsetup.domain.csam.CsamFixtures.refusal;
import static be.groupsetup.domain.csam.CsamFixtures.throughAuthority;
import static be.groupsetup.domain.csam.CsamFixtures.throughLogin;
import static be.groupsetup.domain.csam.CsamFixtures.throughPrincipal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** An option a step does not take is refused rather than silently dropped (csam.option.not-applicable). */
class NotApplicableOptionsTest {

    /** A procedure in which the step's need is done. */
    private static CsamProcedure readyFor(CsamStep step) {
        return switch (step) {
            case AUTHORITY -> CsamProcedure.notStarted();
            case CSAM_LOGIN -> throughAuthority();
            case PRINCIPAL_ACCESS_MANAGER -> throughLogin();
            case LOCAL_ACCESS_MANAGERS, ACCESS_RIGHTS -> throughPrincipal();
            case NO_MANDATES -> after(throughPrincipal(), allServicesFor(NURSE_EID));
        };
    }

    /** A request the step accepts in {@link #readyFor}. */
    private static StepRequest valid(CsamStep step) {
        return switch (step) {
            case AUTHORITY -> authority();
            case CSAM_LOGIN -> login(NURSE_EID);
            case PRINCIPAL_ACCESS_MANAGER -> designated(NURSE_EID);
            case LOCAL_ACCESS_MANAGERS -> localManager("Paul Janssens");
            case ACCESS_RIGHTS -> allServicesFor("Paul Janssens");
            case NO_MANDATES -> noMandates();
        };
    }

    private static final List<Option> OPTIONS = List.of(
            new Option("person", r -> r.withPerson("Paul Janssens"), List.of(CsamStep.NO_MANDATES)),
            new Option("role", r -> r.withRole("local-user"), others(CsamStep.AUTHORITY)),
            new Option("existing", StepRequest::asExisting, others(CsamStep.PRINCIPAL_ACCESS_MANAGER)),
            new Option("confirmed", StepRequest::asConfirmed, others(CsamStep.PRINCIPAL_ACCESS_MANAGER)),
            new Option("services", r -> r.withServices(List.of("billing")), others(CsamStep.ACCESS_RIGHTS)),
            new Option("skipped", StepRequest::asSkipped, others(CsamStep.LOCAL_ACCESS_MANAGERS)));

    private record Option(String name, UnaryOperator<StepRequest> add, List<CsamStep> notApplicableTo) {
    }

    private static List<CsamStep> others(CsamStep step) {
        return Stream.of(CsamStep.values()).filter(s -> s != step).toList();
    }

    static Stream<Arguments> notApplicable() {
        return OPTIONS.stream().flatMap(option -> option.notApplicableTo().stream()
                .map(step -> Arguments.of(option.name(), step, option.add())));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("notApplicable")
    void givenAnOptionTheStepDoesNotTake_whenRecording_thenRefusedNamingOptionAndStep(String option, CsamStep step,
                                                                                    UnaryOperator<StepRequest> add) {
        CsamOutcome outcome = readyFor(step).record(add.apply(valid(step)), CONFIGURATION, TECHNICIAN, AT);

        assertRefusedWith(outcome, "csam.option.not-applicable", option, step.id());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(CsamStep.class)
    void givenOnlyTheOptionsTheStepTakes_whenRecording_thenAccepted(CsamStep step) {
        accepted(readyFor(step).record(valid(step), CONFIGURATION, TECHNICIAN, AT));
    }

    @Test
    void givenSeveralInapplicableOptions_whenRecording_thenEachIsReported() {
        StepRequest request = noMandates().withPerson("Paul Janssens").withRole("local-user").asSkipped();

        List<Finding> findings = refusal(readyFor(CsamStep.NO_MANDATES).record(request, CONFIGURATION, TECHNICIAN, AT));

        assertThat(findings).extracting(Finding::code, Finding::arguments).containsExactlyInAnyOrder(
                tuple("csam.option.not-applicable", List.of("person", "no-mandates")),
                tuple("csam.option.not-applicable", List.of("role", "no-mandates")),
                tuple("csam.option.not-applicable", List.of("skipped", "no-mandates")));
    }

    @Test
    void givenInapplicableOptionAndMissingPrerequisite_whenRecording_thenBothReported() {
        CsamOutcome outcome = CsamProcedure.notStarted().record(login(NURSE_EID).withRole("local-user"),
                CONFIGURATION, TECHNICIAN, AT);

        assertThat(refusal(outcome)).extracting(Finding::code, Finding::arguments).containsExactlyInAnyOrder(
                tuple("csam.option.not-applicable", List.of("role", "csam-login")),
                tuple("csam.step.needs", List.of("csam-login", "authority")));
    }

    @Test
    void givenBlankPersonOnNoMandates_whenRecording_thenAcceptedBecauseNothingWasGiven() {
        accepted(readyFor(CsamStep.NO_MANDATES).record(noMandates().withPerson("  "), CONFIGURATION, TECHNICIAN, AT));
    }
}
