package be.groupsetup.domain.csam;

import org.junit.jupiter.api.Test;

import static be.groupsetup.domain.csam.CsamFixtures.AT;
import static be.groupsetup.domain.csam.CsamFixtures.CONFIGURATION;
import static be.groupsetup.domain.csam.CsamFixtures.NURSE_EID;
import static be.groupsetup.domain.csam.CsamFixtures.OTHER_PERSON;
import static be.groupsetup.domain.csam.CsamFixtures.TECHNICIAN;
import static be.groupsetup.domain.csam.CsamFixtures.accepted;
import static be.groupsetup.domain.csam.CsamFixtures.accessRights;
import static be.groupsetup.domain.csam.CsamFixtures.after;
import static be.groupsetup.domain.csam.CsamFixtures.allServicesFor;
import static be.groupsetup.domain.csam.CsamFixtures.assertRefusedWith;
import static be.groupsetup.domain.csam.CsamFixtures.authority;
import static be.groupsetup.domain.csam.CsamFixtures.designated;
import static be.groupsetup.domain.csam.CsamFixtures.existingPrincipal;
import static be.groupsetup.domain.csam.CsamFixtures.localManager;
import static be.groupsetup.domain.csam.CsamFixtures.localManagersSkipped;
import static be.groupsetup.domain.csam.CsamFixtures.login;
import static be.groupsetup.domain.csam.CsamFixtures.noMandates;
import static be.groupsetup.domain.csam.CsamFixtures.throughAuthority;
import static be.groupsetup.domain.csam.CsamFixtures.throughLogin;
import static be.groupsetup.domain.csam.CsamFixtures.throughPrincipal;
import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules.md §2.2: a step recorded before the step it needs is refused, naming the step that must come first. */
class CsamStepOrderTest {

    private static CsamOutcome record(CsamProcedure procedure, StepRequest request) {
        return procedure.record(request, CONFIGURATION, TECHNICIAN, AT);
    }

    @Test
    void givenNothingRecorded_whenRecordingAuthority_thenAccepted() {
        CsamProcedure procedure = accepted(record(CsamProcedure.notStarted(), authority())).procedure();

        assertThat(procedure.isDone(CsamStep.AUTHORITY)).isTrue();
    }

    @Test
    void givenNothingRecorded_whenRecordingCsamLogin_thenRefusedNamingAuthority() {
        assertRefusedWith(record(CsamProcedure.notStarted(), login(NURSE_EID)),
                "csam.step.needs", "csam-login", "authority");
    }

    @Test
    void givenAuthority_whenRecordingCsamLogin_thenAccepted() {
        assertThat(accepted(record(throughAuthority(), login(NURSE_EID))).procedure().isDone(CsamStep.CSAM_LOGIN))
                .isTrue();
    }

    @Test
    void givenOnlyAuthority_whenDesignatingPrincipal_thenRefusedNamingCsamLogin() {
        assertRefusedWith(record(throughAuthority(), designated(NURSE_EID)),
                "csam.step.needs", "principal-access-manager", "csam-login");
    }

    @Test
    void givenOnlyAuthority_whenRecordingExistingPrincipal_thenRefusedNamingCsamLogin() {
        assertRefusedWith(record(throughAuthority(), existingPrincipal()),
                "csam.step.needs", "principal-access-manager", "csam-login");
    }

    @Test
    void givenCsamLogin_whenRecordingExistingPrincipal_thenAccepted() {
        assertThat(accepted(record(throughLogin(), existingPrincipal())).procedure()
                .isDone(CsamStep.PRINCIPAL_ACCESS_MANAGER)).isTrue();
    }

    @Test
    void givenNoPrincipal_whenRecordingLocalAccessManager_thenRefusedNamingPrincipal() {
        assertRefusedWith(record(throughLogin(), localManager(OTHER_PERSON)),
                "csam.step.needs", "local-access-managers", "principal-access-manager");
    }

    @Test
    void givenNoPrincipal_whenSkippingLocalAccessManagers_thenRefusedNamingPrincipal() {
        assertRefusedWith(record(throughLogin(), localManagersSkipped()),
                "csam.step.needs", "local-access-managers", "principal-access-manager");
    }

    @Test
    void givenPrincipal_whenRecordingLocalAccessManager_thenAccepted() {
        assertThat(accepted(record(throughPrincipal(), localManager(OTHER_PERSON))).procedure()
                .state(CsamStep.LOCAL_ACCESS_MANAGERS)).isEqualTo(StepState.DONE);
    }

    @Test
    void givenNoPrincipal_whenRecordingAccessRights_thenRefusedNamingPrincipal() {
        assertRefusedWith(record(throughLogin(), allServicesFor(NURSE_EID)),
                "csam.step.needs", "access-rights", "principal-access-manager");
    }

    @Test
    void givenNothingRecorded_whenRecordingAccessRights_thenRefusedNamingItsOwnPrerequisite() {
        assertRefusedWith(record(CsamProcedure.notStarted(), allServicesFor(NURSE_EID)),
                "csam.step.needs", "access-rights", "principal-access-manager");
    }

    @Test
    void givenPrincipalButNoLocalAccessManagers_whenRecordingAccessRights_thenAcceptedBecauseStep4IsNotNeeded() {
        CsamProcedure procedure = throughPrincipal();
        assertThat(procedure.state(CsamStep.LOCAL_ACCESS_MANAGERS)).isEqualTo(StepState.TO_DO);

        CsamProcedure afterRights = accepted(record(procedure, allServicesFor(NURSE_EID))).procedure();

        assertThat(afterRights.isDone(CsamStep.ACCESS_RIGHTS)).isTrue();
    }

    @Test
    void givenNoAccessRights_whenRecordingNoMandates_thenRefusedNamingAccessRights() {
        assertRefusedWith(record(throughPrincipal(), noMandates()), "csam.step.needs", "no-mandates", "access-rights");
    }

    @Test
    void givenAccessRightsForTwoOfTheThreeServices_whenRecordingNoMandates_thenRefusedNamingAccessRights() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(NURSE_EID, "billing", "insurability"));
        assertThat(procedure.records(CsamStep.ACCESS_RIGHTS)).hasSize(1);

        assertRefusedWith(record(procedure, noMandates()), "csam.step.needs", "no-mandates", "access-rights");
    }

    @Test
    void givenTheThreeServicesSpreadOverTwoPersons_whenRecordingNoMandates_thenAccepted() {
        CsamProcedure procedure = after(throughPrincipal(),
                accessRights(NURSE_EID, "billing"),
                accessRights(OTHER_PERSON, "insurability", "medico-administrative"));

        CsamProcedure done = accepted(record(procedure, noMandates())).procedure();

        assertThat(done.isDone(CsamStep.NO_MANDATES)).isTrue();
        assertThat(done.isComplete()).isTrue();
    }

    @Test
    void givenEveryStepInOrder_whenRecorded_thenEachIsAcceptedAndTheProcedureIsComplete() {
        CsamProcedure procedure = after(CsamProcedure.notStarted(), authority(), login(NURSE_EID),
                designated(OTHER_PERSON), localManager(OTHER_PERSON), allServicesFor(OTHER_PERSON), noMandates());

        assertThat(procedure.records()).extracting(StepRecord::step).containsExactly(CsamStep.values());
        assertThat(procedure.isComplete()).isTrue();
    }
}
