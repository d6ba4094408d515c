package be.groupsetup.domain.csam;

import org.junit.jupiter.api.Test;

import static be.groupsetup.domain.csam.CsamFixtures.NURSE_EID;
import static be.groupsetup.domain.csam.CsamFixtures.accessRights;
import static be.groupsetup.domain.csam.CsamFixtures.after;
import static be.groupsetup.domain.csam.CsamFixtures.completeWithoutLocalManagers;
import static be.groupsetup.domain.csam.CsamFixtures.everyStepRecorded;
import static be.groupsetup.domain.csam.CsamFixtures.existingPrincipal;
import static be.groupsetup.domain.csam.CsamFixtures.noMandates;
import static be.groupsetup.domain.csam.CsamFixtures.throughAuthority;
import static be.groupsetup.domain.csam.CsamFixtures.throughLogin;
import static be.groupsetup.domain.csam.CsamFixtures.throughPrincipal;
import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules.md §2.4: progress counts the five required steps; the next step is the first required step not done. */
class CsamProgressTest {

    @Test
    void givenNothingRecorded_whenAskingProgress_thenZeroOfFiveAndAuthorityNext() {
        CsamProcedure procedure = CsamProcedure.notStarted();

        assertThat(procedure.progress()).isZero();
        assertThat(procedure.isComplete()).isFalse();
        assertThat(procedure.next()).contains(CsamStep.AUTHORITY);
        assertThat(procedure.stepsToDo()).containsExactly(CsamStep.AUTHORITY, CsamStep.CSAM_LOGIN,
                CsamStep.PRINCIPAL_ACCESS_MANAGER, CsamStep.ACCESS_RIGHTS, CsamStep.NO_MANDATES);
        assertThat(procedure.records()).isEmpty();
        for (CsamStep step : CsamStep.values()) {
            assertThat(procedure.state(step)).as(step.id()).isEqualTo(StepState.TO_DO);
        }
    }

    @Test
    void givenAuthority_whenAskingProgress_thenOneAndCsamLoginNext() {
        CsamProcedure procedure = throughAuthority();

        assertThat(procedure.progress()).isEqualTo(1);
        assertThat(procedure.next()).contains(CsamStep.CSAM_LOGIN);
        assertThat(procedure.state(CsamStep.AUTHORITY)).isEqualTo(StepState.DONE);
    }

    @Test
    void givenLogin_whenAskingProgress_thenTwoAndPrincipalNext() {
        CsamProcedure procedure = throughLogin();

        assertThat(procedure.progress()).isEqualTo(2);
        assertThat(procedure.next()).contains(CsamStep.PRINCIPAL_ACCESS_MANAGER);
    }

    @Test
    void givenPrincipal_whenAskingProgress_thenThreeAndAccessRightsNext() {
        CsamProcedure procedure = throughPrincipal();

        assertThat(procedure.progress()).isEqualTo(3);
        assertThat(procedure.next()).contains(CsamStep.ACCESS_RIGHTS);
        assertThat(procedure.stepsToDo()).containsExactly(CsamStep.ACCESS_RIGHTS, CsamStep.NO_MANDATES);
    }

    @Test
    void givenExistingPrincipal_whenAskingProgress_thenItCountsLikeADesignatedOne() {
        assertThat(after(throughLogin(), existingPrincipal()).progress()).isEqualTo(3);
    }

    @Test
    void givenAccessRightsForTwoServicesOnly_whenAskingProgress_thenStillThreeAndAccessRightsNext() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(NURSE_EID, "billing", "insurability"));

        assertThat(procedure.progress()).isEqualTo(3);
        assertThat(procedure.next()).contains(CsamStep.ACCESS_RIGHTS);
    }

    @Test
    void givenAccessRightsDone_whenAskingProgress_thenFourAndNoMandatesNext() {
        CsamProcedure procedure = after(throughPrincipal(),
                accessRights(NURSE_EID, "billing", "insurability", "medico-administrative"));

        assertThat(procedure.progress()).isEqualTo(4);
        assertThat(procedure.next()).contains(CsamStep.NO_MANDATES);
        assertThat(procedure.isComplete()).isFalse();
    }

    @Test
    void givenTheFiveRequiredSteps_whenAskingProgress_thenFiveCompleteAndNothingNext() {
        CsamProcedure procedure = completeWithoutLocalManagers();

        assertThat(procedure.progress()).isEqualTo(CsamStep.REQUIRED_STEPS).isEqualTo(5);
        assertThat(procedure.isComplete()).isTrue();
        assertThat(procedure.next()).isEmpty();
        assertThat(procedure.stepsToDo()).isEmpty();
    }

    @Test
    void givenEveryStepIncludingTheOptional_whenAskingProgress_thenStillFive() {
        CsamProcedure procedure = everyStepRecorded();

        assertThat(procedure.progress()).isEqualTo(5);
        assertThat(procedure.isComplete()).isTrue();
        assertThat(procedure.state(CsamStep.LOCAL_ACCESS_MANAGERS)).isEqualTo(StepState.DONE);
    }

    @Test
    void givenNoMandatesUndone_whenAskingProgress_thenFourAndNoMandatesNext() {
        CsamProcedure procedure = ((CsamOutcome.Accepted) completeWithoutLocalManagers().undo("no-mandates", null,
                false)).procedure();

        assertThat(procedure.progress()).isEqualTo(4);
        assertThat(procedure.isComplete()).isFalse();
        assertThat(procedure.next()).contains(CsamStep.NO_MANDATES);
        assertThat(after(procedure, noMandates()).isComplete()).isTrue();
    }
}
