package be.groupsetup.domain.csam;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static be.groupsetup.domain.csam.CsamFixtures.NURSE_EID;
import static be.groupsetup.domain.csam.CsamFixtures.OTHER_PERSON;
import static be.groupsetup.domain.csam.CsamFixtures.accepted;
import static be.groupsetup.domain.csam.CsamFixtures.accessRights;
import static be.groupsetup.domain.csam.CsamFixtures.after;
import static be.groupsetup.domain.csam.CsamFixtures.allServicesFor;
import static be.groupsetup.domain.csam.CsamFixtures.assertRefusedWith;
import static be.groupsetup.domain.csam.CsamFixtures.authority;
import static be.groupsetup.domain.csam.CsamFixtures.completeWithoutLocalManagers;
import static be.groupsetup.domain.csam.CsamFixtures.designated;
import static be.groupsetup.domain.csam.CsamFixtures.everyStepRecorded;
import static be.groupsetup.domain.csam.CsamFixtures.existingPrincipal;
import static be.groupsetup.domain.csam.CsamFixtures.localManager;
import static be.groupsetup.domain.csam.CsamFixtures.localManagersSkipped;
import static be.groupsetup.domain.csam.CsamFixtures.login;
import static be.groupsetup.domain.csam.CsamFixtures.noMandates;
import static be.groupsetup.domain.csam.CsamFixtures.recorded;
import static be.groupsetup.domain.csam.CsamFixtures.throughAuthority;
import static be.groupsetup.domain.csam.CsamFixtures.throughLogin;
import static be.groupsetup.domain.csam.CsamFixtures.throughPrincipal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules.md §2.3: undo removes the latest record of a step; it is refused while a later recorded step needs it,
 * listing those steps, unless asked to undo them too.
 */
class CsamUndoTest {

    @Test
    void givenNothingRecorded_whenUndoingAStep_thenRefusedAsNothingToUndo() {
        assertRefusedWith(CsamProcedure.notStarted().undo("authority", null, false), "csam.undo.nothing", "authority");
    }

    @Test
    void givenStepNotRecorded_whenUndoingIt_thenRefusedAsNothingToUndoEvenWithCascade() {
        assertRefusedWith(throughPrincipal().undo("no-mandates", null, true), "csam.undo.nothing", "no-mandates");
        assertRefusedWith(throughPrincipal().undo("local-access-managers", "Paul Janssens", false),
                "csam.undo.nothing", "local-access-managers");
    }

    @Test
    void givenStepIdInAnotherCase_whenUndoing_thenThatStepIsUndone() {
        CsamOutcome.Accepted outcome = accepted(completeWithoutLocalManagers().undo(" NO_MANDATES ", null, false));

        assertThat(outcome.removed()).extracting(StepRecord::step).containsExactly(CsamStep.NO_MANDATES);
    }

    @Test
    void givenLastStepRecorded_whenUndoingIt_thenItsRecordIsRemovedAndListed() {
        CsamProcedure procedure = completeWithoutLocalManagers();
        StepRecord noMandates = procedure.latest(CsamStep.NO_MANDATES).orElseThrow();

        CsamOutcome.Accepted outcome = accepted(procedure.undo("no-mandates", null, false));

        assertThat(outcome.removed()).containsExactly(noMandates);
        assertThat(outcome.added()).isEmpty();
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.procedure().records(CsamStep.NO_MANDATES)).isEmpty();
        assertThat(outcome.procedure().records()).hasSize(procedure.records().size() - 1);
    }

    @Test
    void givenTwoAuthorityRecords_whenUndoingAuthority_thenTheLatestIsRemovedAndTheEarlierKept() {
        StepRequest second = StepRequest.of("authority").withPerson("Paul Janssens").withRole("local-user");
        CsamProcedure procedure = recorded(authority(), second);
        StepRecord earlier = procedure.records(CsamStep.AUTHORITY).get(0);
        StepRecord latest = procedure.records(CsamStep.AUTHORITY).get(1);

        CsamOutcome.Accepted outcome = accepted(procedure.undo("authority", null, false));

        assertThat(outcome.removed()).containsExactly(latest);
        assertThat(outcome.procedure().records()).containsExactly(earlier);
    }

    @Test
    void givenLoginRecorded_whenUndoingAuthority_thenRefusedListingCsamLogin() {
        assertRefusedWith(throughLogin().undo("authority", null, false),
                "csam.undo.needed-by", "authority", "csam-login");
    }

    @Test
    void givenEveryStepRecorded_whenUndoingAuthority_thenRefusedListingEveryLaterStepInProcedureOrder() {
        assertRefusedWith(everyStepRecorded().undo("authority", null, false), "csam.undo.needed-by", "authority",
                "csam-login, principal-access-manager, local-access-managers, access-rights, no-mandates");
    }

    @Test
    void givenPrincipalRecorded_whenUndoingTheOnlyLogin_thenRefusedListingPrincipal() {
        assertRefusedWith(throughPrincipal().undo("csam-login", null, false),
                "csam.undo.needed-by", "csam-login", "principal-access-manager");
    }

    @Test
    void givenEveryStepRecorded_whenUndoingTheOnlyLogin_thenRefusedListingEveryStepThatNeedsItDirectlyOrNot() {
        assertRefusedWith(everyStepRecorded().undo("csam-login", null, false), "csam.undo.needed-by", "csam-login",
                "principal-access-manager, local-access-managers, access-rights, no-mandates");
    }

    @Test
    void givenEveryStepRecorded_whenUndoingPrincipal_thenRefusedListingTheStepsThatNeedIt() {
        assertRefusedWith(everyStepRecorded().undo("principal-access-manager", null, false),
                "csam.undo.needed-by", "principal-access-manager",
                "local-access-managers, access-rights, no-mandates");
    }

    @Test
    void givenOnlyLocalManagersSkipped_whenUndoingPrincipal_thenRefusedListingLocalManagers() {
        CsamProcedure procedure = after(throughPrincipal(), localManagersSkipped());

        assertRefusedWith(procedure.undo("principal-access-manager", null, false),
                "csam.undo.needed-by", "principal-access-manager", "local-access-managers");
    }

    @Test
    void givenAccessRightsWithoutNoMandates_whenUndoingPrincipal_thenRefusedListingOnlyAccessRights() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(NURSE_EID, "billing"));

        assertRefusedWith(procedure.undo("principal-access-manager", null, false),
                "csam.undo.needed-by", "principal-access-manager", "access-rights");
    }

    @Test
    void givenNoMandates_whenUndoingTheOnlyAccessRights_thenRefusedListingNoMandates() {
        assertRefusedWith(completeWithoutLocalManagers().undo("access-rights", NURSE_EID, false),
                "csam.undo.needed-by", "access-rights", "no-mandates");
    }

    @Test
    void givenPrincipalWithNoLaterStep_whenUndoingIt_thenRemoved() {
        CsamOutcome.Accepted outcome = accepted(after(throughLogin(), existingPrincipal())
                .undo("principal-access-manager", null, false));

        assertThat(outcome.removed()).singleElement().extracting(StepRecord::existing).isEqualTo(true);
        assertThat(outcome.procedure().state(CsamStep.PRINCIPAL_ACCESS_MANAGER)).isEqualTo(StepState.TO_DO);
        assertThat(outcome.procedure()).isEqualTo(throughLogin());
    }

    @Test
    void givenEveryStepRecorded_whenUndoingPrincipalWithCascade_thenLocalManagersAccessRightsAndNoMandatesGoToo() {
        CsamProcedure procedure = everyStepRecorded();
        List<StepRecord> expectedRemoved = new ArrayList<>();
        expectedRemoved.add(procedure.latest(CsamStep.PRINCIPAL_ACCESS_MANAGER).orElseThrow());
        expectedRemoved.addAll(procedure.records(CsamStep.LOCAL_ACCESS_MANAGERS));
        expectedRemoved.addAll(procedure.records(CsamStep.ACCESS_RIGHTS));
        expectedRemoved.addAll(procedure.records(CsamStep.NO_MANDATES));

        CsamOutcome.Accepted outcome = accepted(procedure.undo("principal-access-manager", null, true));

        assertThat(outcome.removed()).containsExactlyInAnyOrderElementsOf(expectedRemoved).hasSize(4);
        assertThat(outcome.procedure().records()).extracting(StepRecord::step)
                .containsExactly(CsamStep.AUTHORITY, CsamStep.CSAM_LOGIN);
        assertThat(outcome.procedure().progress()).isEqualTo(2);
        assertThat(outcome.procedure().next()).contains(CsamStep.PRINCIPAL_ACCESS_MANAGER);
    }

    @Test
    void givenSeveralPersonsInLaterSteps_whenUndoingPrincipalWithCascade_thenEveryPersonsRecordIsRemoved() {
        CsamProcedure procedure = after(throughPrincipal(), localManager("Paul Janssens"), localManager("Sofie Peeters"),
                accessRights("Paul Janssens", "billing"), accessRights("Sofie Peeters", "insurability"));

        CsamOutcome.Accepted outcome = accepted(procedure.undo("principal-access-manager", null, true));

        assertThat(outcome.removed()).hasSize(5);
        assertThat(outcome.procedure().records(CsamStep.LOCAL_ACCESS_MANAGERS)).isEmpty();
        assertThat(outcome.procedure().records(CsamStep.ACCESS_RIGHTS)).isEmpty();
    }

    @Test
    void givenEveryStepRecorded_whenUndoingAuthorityWithCascade_thenEverythingIsRemoved() {
        CsamProcedure procedure = everyStepRecorded();

        CsamOutcome.Accepted outcome = accepted(procedure.undo("authority", null, true));

        assertThat(outcome.removed()).containsExactlyInAnyOrderElementsOf(procedure.records());
        assertThat(outcome.procedure().records()).isEmpty();
        assertThat(outcome.procedure().progress()).isZero();
    }

    @Test
    void givenNoMandates_whenUndoingTheOnlyAccessRightsWithCascade_thenNoMandatesGoesToo() {
        CsamProcedure procedure = completeWithoutLocalManagers();

        CsamOutcome.Accepted outcome = accepted(procedure.undo("access-rights", null, true));

        assertThat(outcome.removed()).extracting(StepRecord::step)
                .containsExactly(CsamStep.ACCESS_RIGHTS, CsamStep.NO_MANDATES);
        assertThat(outcome.procedure().progress()).isEqualTo(3);
    }

    @Test
    void givenNothingLaterRecorded_whenUndoingWithCascade_thenOnlyThatRecordIsRemoved() {
        CsamOutcome.Accepted outcome = accepted(throughLogin().undo("csam-login", null, true));

        assertThat(outcome.removed()).extracting(StepRecord::step).containsExactly(CsamStep.CSAM_LOGIN);
        assertThat(outcome.procedure()).isEqualTo(throughAuthority());
    }

    @Test
    void givenTwoLoginsAndLaterSteps_whenUndoingTheLatestLogin_thenAllowedBecauseTheStepStaysDone() {
        CsamProcedure procedure = after(throughAuthority(), login(NURSE_EID), designated(NURSE_EID),
                allServicesFor(NURSE_EID), noMandates(), login(OTHER_PERSON));
        StepRecord secondLogin = procedure.latest(CsamStep.CSAM_LOGIN).orElseThrow();

        CsamOutcome.Accepted outcome = accepted(procedure.undo("csam-login", null, false));

        assertThat(outcome.removed()).containsExactly(secondLogin);
        assertThat(outcome.procedure().latest(CsamStep.CSAM_LOGIN)).get().extracting(StepRecord::person)
                .isEqualTo(NURSE_EID);
        assertThat(outcome.procedure().isComplete()).isTrue();
        assertThat(outcome.procedure().records(CsamStep.PRINCIPAL_ACCESS_MANAGER)).hasSize(1);
    }

    @Test
    void givenTwoLoginsAndLaterSteps_whenUndoingWithCascade_thenStillOnlyTheLatestLoginIsRemoved() {
        CsamProcedure procedure = after(throughAuthority(), login(NURSE_EID), designated(NURSE_EID),
                login(OTHER_PERSON));

        CsamOutcome.Accepted outcome = accepted(procedure.undo("csam-login", null, true));

        assertThat(outcome.removed()).extracting(StepRecord::person).containsExactly(OTHER_PERSON);
        assertThat(outcome.procedure().isDone(CsamStep.PRINCIPAL_ACCESS_MANAGER)).isTrue();
    }

    @Test
    void givenProcedure_whenUndoing_thenTheOriginalIsUnchanged() {
        CsamProcedure procedure = everyStepRecorded();
        List<StepRecord> before = List.copyOf(procedure.records());

        accepted(procedure.undo("authority", null, true));
        accepted(procedure.undo("no-mandates", null, false));

        assertThat(procedure.records()).containsExactlyElementsOf(before);
        assertThat(procedure.isComplete()).isTrue();
    }

    @Test
    void givenUndoRefused_whenLookingAtTheProcedure_thenNothingWasRemoved() {
        CsamProcedure procedure = everyStepRecorded();
        List<StepRecord> before = List.copyOf(procedure.records());

        procedure.undo("principal-access-manager", null, false);

        assertThat(procedure.records()).containsExactlyElementsOf(before);
    }
}
