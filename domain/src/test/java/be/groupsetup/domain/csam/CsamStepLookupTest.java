package be.groupsetup.domain.csam;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static be.groupsetup.domain.csam.CsamFixtures.ALL_STEP_IDS;
import static be.groupsetup.domain.csam.CsamFixtures.AT;
import static be.groupsetup.domain.csam.CsamFixtures.CONFIGURATION;
import static be.groupsetup.domain.csam.CsamFixtures.TECHNICIAN;
import static be.groupsetup.domain.csam.CsamFixtures.assertRefusedWith;
import static be.groupsetup.domain.csam.CsamFixtures.completeWithoutLocalManagers;
import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules.md §2.1: the steps' stable ids, and a mandate in any form is never a step. */
class CsamStepLookupTest {

    @ParameterizedTest
    @CsvSource({
            "authority, AUTHORITY, 1",
            "csam-login, CSAM_LOGIN, 2",
            "principal-access-manager, PRINCIPAL_ACCESS_MANAGER, 3",
            "local-access-managers, LOCAL_ACCESS_MANAGERS, 4",
            "access-rights, ACCESS_RIGHTS, 5",
            "no-mandates, NO_MANDATES, 6"})
    void givenStableStepId_whenLookedUp_thenThatStepInProcedureOrder(String id, CsamStep expected, int order) {
        assertThat(CsamStep.lookup(id)).isEqualTo(new CsamStep.Lookup.Step(expected));
        assertThat(CsamStep.byId(id)).contains(expected);
        assertThat(expected.id()).isEqualTo(id);
        assertThat(expected.order()).isEqualTo(order);
    }

    @ParameterizedTest
    @CsvSource({
            "AUTHORITY, AUTHORITY",
            "'  Csam-Login ', CSAM_LOGIN",
            "PRINCIPAL_ACCESS_MANAGER, PRINCIPAL_ACCESS_MANAGER",
            "Local-Access-Managers, LOCAL_ACCESS_MANAGERS",
            "access_rights, ACCESS_RIGHTS",
            "No-Mandates, NO_MANDATES"})
    void givenStepIdInOtherCaseOrWithUnderscores_whenLookedUp_thenThatStep(String typed, CsamStep expected) {
        assertThat(CsamStep.lookup(typed)).isEqualTo(new CsamStep.Lookup.Step(expected));
    }

    @Test
    void givenTheSixSteps_whenListed_thenOnlyLocalAccessManagersIsOptionalAndFiveAreRequired() {
        assertThat(CsamStep.values()).extracting(CsamStep::id).containsExactly(
                "authority", "csam-login", "principal-access-manager", "local-access-managers", "access-rights",
                "no-mandates");
        assertThat(CsamStep.values()).filteredOn(s -> !s.isRequired()).containsExactly(CsamStep.LOCAL_ACCESS_MANAGERS);
        assertThat(CsamStep.REQUIRED_STEPS).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mandate", "mandat", "mandaat", "Mandate", "MANDAT", "Mandaat", "mandates", "mandats",
            "mandaten", " mandate ", "MANDATE"})
    void givenMandateInAnyFormOrCase_whenLookedUp_thenItIsAMandate(String typed) {
        assertThat(CsamStep.lookup(typed)).isEqualTo(new CsamStep.Lookup.Mandate(typed.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mandate", "mandat", "mandaat", "MANDAT", "Mandaat", "mandates"})
    void givenMandateAsStep_whenRecorded_thenRefusedWithTheMandateReason(String typed) {
        CsamOutcome outcome = CsamProcedure.notStarted()
                .record(StepRequest.of(typed).withPerson("Anne Dupont"), CONFIGURATION, TECHNICIAN, AT);

        assertRefusedWith(outcome, "csam.mandate", typed);
    }

    @Test
    void givenMandate_whenRecordedAfterEveryStep_thenStillRefused() {
        CsamOutcome outcome = completeWithoutLocalManagers().record(StepRequest.of("mandat"), CONFIGURATION,
                TECHNICIAN, AT);

        assertRefusedWith(outcome, "csam.mandate", "mandat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mandate", "mandat", "mandaat", "MANDATE", "Mandaat"})
    void givenMandateAsStep_whenUndone_thenRefusedWithTheMandateReason(String typed) {
        CsamOutcome outcome = completeWithoutLocalManagers().undo(typed, null, true);

        assertRefusedWith(outcome, "csam.mandate", typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"authorities", "login", "step-7", "principal"})
    void givenUnknownStepId_whenRecorded_thenRefusedAsUnknownListingTheSteps(String typed) {
        CsamOutcome outcome = CsamProcedure.notStarted().record(StepRequest.of(typed), CONFIGURATION, TECHNICIAN, AT);

        assertRefusedWith(outcome, "csam.step.unknown", typed, ALL_STEP_IDS);
    }

    @Test
    void givenUnknownStepId_whenUndone_thenRefusedAsUnknownListingTheSteps() {
        CsamOutcome outcome = completeWithoutLocalManagers().undo("login", null, false);

        assertRefusedWith(outcome, "csam.step.unknown", "login", ALL_STEP_IDS);
    }

    @Test
    void givenNoStepId_whenRecorded_thenRefusedAsUnknown() {
        CsamOutcome outcome = CsamProcedure.notStarted().record(StepRequest.of(null), CONFIGURATION, TECHNICIAN, AT);

        assertRefusedWith(outcome, "csam.step.unknown", "", ALL_STEP_IDS);
    }

    @ParameterizedTest
    @EnumSource(CsamStep.class)
    void givenEachStep_whenItsNeedIsAsked_thenTheStepBeforeItInTheSpecTable(CsamStep step) {
        CsamStep expected = switch (step) {
            case AUTHORITY -> null;
            case CSAM_LOGIN -> CsamStep.AUTHORITY;
            case PRINCIPAL_ACCESS_MANAGER -> CsamStep.CSAM_LOGIN;
            case LOCAL_ACCESS_MANAGERS, ACCESS_RIGHTS -> CsamStep.PRINCIPAL_ACCESS_MANAGER;
            case NO_MANDATES -> CsamStep.ACCESS_RIGHTS;
        };
        assertThat(step.needs().orElse(null)).isEqualTo(expected);
    }
}
