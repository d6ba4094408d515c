package be.groupsetup.domain.csam;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static be.groupsetup.domain.csam.CsamFixtures.AT;
import static be.groupsetup.domain.csam.CsamFixtures.CONFIGURATION;
import static be.groupsetup.domain.csam.CsamFixtures.NURSE_EID;
import static be.groupsetup.domain.csam.CsamFixtures.OTHER_PERSON;
import static be.groupsetup.domain.csam.CsamFixtures.TECHNICIAN;
import static be.groupsetup.domain.csam.CsamFixtures.accepted;
import static be.groupsetup.domain.csam.CsamFixtures.after;
import static be.groupsetup.domain.csam.CsamFixtures.assertRefusedWith;
import static be.groupsetup.domain.csam.CsamFixtures.designated;
import static be.groupsetup.domain.csam.CsamFixtures.login;
import static be.groupsetup.domain.csam.CsamFixtures.throughAuthority;
import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules.md §2.1, step 2: who logged in at CSAM with their eID; may be recorded again, the latest counts. */
class CsamLoginStepTest {

    @Test
    void givenAuthority_whenRecordingLoginWithPerson_thenDoneWithThatPerson() {
        CsamOutcome.Accepted outcome = accepted(throughAuthority().record(login(NURSE_EID), CONFIGURATION,
                TECHNICIAN, AT));

        assertThat(outcome.procedure().state(CsamStep.CSAM_LOGIN)).isEqualTo(StepState.DONE);
        assertThat(outcome.procedure().latest(CsamStep.CSAM_LOGIN)).get().extracting(StepRecord::person)
                .isEqualTo(NURSE_EID);
    }

    @Test
    void givenNoPerson_whenRecordingLogin_thenRefusedAsPersonRequired() {
        assertRefusedWith(throughAuthority().record(StepRequest.of("csam-login"), CONFIGURATION, TECHNICIAN, AT),
                "csam.person.required", "csam-login");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void givenBlankPerson_whenRecordingLogin_thenRefusedAsPersonRequired(String person) {
        assertRefusedWith(throughAuthority().record(login(person), CONFIGURATION, TECHNICIAN, AT),
                "csam.person.required", "csam-login");
    }

    @Test
    void givenSomeoneLoggedIn_whenAnotherPersonLogsIn_thenBothKeptAndTheLatestCounts() {
        CsamProcedure procedure = after(throughAuthority(), login(OTHER_PERSON), login(NURSE_EID));

        assertThat(procedure.records(CsamStep.CSAM_LOGIN)).extracting(StepRecord::person)
                .containsExactly(OTHER_PERSON, NURSE_EID);
        assertThat(procedure.latest(CsamStep.CSAM_LOGIN)).get().extracting(StepRecord::person).isEqualTo(NURSE_EID);
    }

    @Test
    void givenNurseThenSomeoneElseLoggedIn_whenDesignatingPrincipal_thenTheLatestLoginIsCheckedAndRefused() {
        CsamProcedure procedure = after(throughAuthority(), login(NURSE_EID), login(OTHER_PERSON));

        assertRefusedWith(procedure.record(designated(NURSE_EID), CONFIGURATION, TECHNICIAN, AT),
                "csam.principal-access-manager.not-representative", OTHER_PERSON, "Anne Dupont");
    }

    @Test
    void givenSomeoneElseThenNurseLoggedIn_whenDesignatingPrincipal_thenTheLatestLoginIsCheckedAndAccepted() {
        CsamProcedure procedure = after(throughAuthority(), login(OTHER_PERSON), login(NURSE_EID));

        accepted(procedure.record(designated(NURSE_EID), CONFIGURATION, TECHNICIAN, AT));
    }

    @Test
    void givenLaterLoginUndone_whenDesignatingPrincipal_thenTheEarlierLoginCountsAgain() {
        CsamProcedure procedure = after(throughAuthority(), login(NURSE_EID), login(OTHER_PERSON));

        CsamProcedure undone = accepted(procedure.undo("csam-login", null, false)).procedure();

        assertThat(undone.latest(CsamStep.CSAM_LOGIN)).get().extracting(StepRecord::person).isEqualTo(NURSE_EID);
        accepted(undone.record(designated(NURSE_EID), CONFIGURATION, TECHNICIAN, AT));
    }

    @Test
    void givenNurseLoginUndoneLeavingAnEarlierLogin_whenDesignatingPrincipal_thenRefusedAgain() {
        CsamProcedure procedure = after(throughAuthority(), login(OTHER_PERSON), login(NURSE_EID));

        CsamProcedure undone = accepted(procedure.undo("csam-login", null, false)).procedure();

        assertRefusedWith(undone.record(designated(NURSE_EID), CONFIGURATION, TECHNICIAN, AT),
                "csam.principal-access-manager.not-representative", OTHER_PERSON, "Anne Dupont");
    }
}
