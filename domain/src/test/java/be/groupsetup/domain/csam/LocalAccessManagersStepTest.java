package be.groupsetup.domain.csam;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static be.groupsetup.domain.csam.CsamFixtures.AT;
import static be.groupsetup.domain.csam.CsamFixtures.CONFIGURATION;
import static be.groupsetup.domain.csam.CsamFixtures.TECHNICIAN;
import static be.groupsetup.domain.csam.CsamFixtures.accepted;
import static be.groupsetup.domain.csam.CsamFixtures.after;
import static be.groupsetup.domain.csam.CsamFixtures.assertRefusedWith;
import static be.groupsetup.domain.csam.CsamFixtures.completeWithoutLocalManagers;
import static be.groupsetup.domain.csam.CsamFixtures.localManager;
import static be.groupsetup.domain.csam.CsamFixtures.localManagersSkipped;
import static be.groupsetup.domain.csam.CsamFixtures.throughLogin;
import static be.groupsetup.domain.csam.CsamFixtures.throughPrincipal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules.md §2.1, step 4: optional local access managers, one record per person (recording a person again replaces
 * that person's record), or recorded as skipped; never blocks progress; suggested after step 3.
 */
class LocalAccessManagersStepTest {

    private static CsamOutcome record(CsamProcedure procedure, StepRequest request) {
        return procedure.record(request, CONFIGURATION, TECHNICIAN, AT);
    }

    @Test
    void givenPrincipal_whenNothingRecordedForLocalManagers_thenTodo() {
        assertThat(throughPrincipal().state(CsamStep.LOCAL_ACCESS_MANAGERS)).isEqualTo(StepState.TO_DO);
    }

    @Test
    void givenPrincipal_whenRecordingAPerson_thenDoneWithOneRecordForThatPerson() {
        CsamOutcome.Accepted outcome = accepted(record(throughPrincipal(), localManager("Paul Janssens")));

        assertThat(outcome.procedure().state(CsamStep.LOCAL_ACCESS_MANAGERS)).isEqualTo(StepState.DONE);
        assertThat(outcome.procedure().records(CsamStep.LOCAL_ACCESS_MANAGERS)).singleElement().satisfies(r -> {
            assertThat(r.person()).isEqualTo("Paul Janssens");
            assertThat(r.skipped()).isFalse();
        });
        assertThat(outcome.removed()).isEmpty();
    }

    @Test
    void givenOnePerson_whenRecordingAnotherPerson_thenOneRecordPerPerson() {
        CsamProcedure procedure = after(throughPrincipal(), localManager("Paul Janssens"), localManager("Sofie Peeters"));

        assertThat(procedure.records(CsamStep.LOCAL_ACCESS_MANAGERS)).extracting(StepRecord::person)
                .containsExactly("Paul Janssens", "Sofie Peeters");
    }

    @ParameterizedTest
    @CsvSource({
            "Paul Janssens, Paul Janssens",
            "Paul Janssens, PAUL JANSSENS",
            "Paul Janssens, janssens paul",
            "Hélène Lefèvre, HELENE LEFEVRE",
            "Hélène Lefèvre, '  Helene   Lefevre '",
            "Marie-Claire Dupont, marie claire dupont"})
    void givenPersonRecorded_whenRecordingTheSamePersonAgain_thenThatPersonsRecordIsReplaced(String first,
                                                                                           String again) {
        CsamProcedure procedure = after(throughPrincipal(), localManager(first), localManager("Sofie Peeters"));
        StepRecord original = procedure.records(CsamStep.LOCAL_ACCESS_MANAGERS).get(0);

        CsamOutcome.Accepted outcome = accepted(procedure.record(localManager(again), CONFIGURATION, "Bruno",
                AT.plusSeconds(60)));

        assertThat(outcome.removed()).containsExactly(original);
        assertThat(outcome.added()).singleElement().extracting(StepRecord::person).isEqualTo(again.strip()
                .replaceAll(" +", " "));
        assertThat(outcome.procedure().records(CsamStep.LOCAL_ACCESS_MANAGERS)).hasSize(2)
                .doesNotContain(original)
                .anySatisfy(r -> assertThat(r.person()).isEqualTo("Sofie Peeters"));
    }

    @Test
    void givenPrincipal_whenSkippingLocalManagers_thenSkipped() {
        CsamOutcome.Accepted outcome = accepted(record(throughPrincipal(), localManagersSkipped()));

        assertThat(outcome.procedure().state(CsamStep.LOCAL_ACCESS_MANAGERS)).isEqualTo(StepState.SKIPPED);
        assertThat(outcome.added()).singleElement().satisfies(r -> {
            assertThat(r.skipped()).isTrue();
            assertThat(r.person()).isNull();
        });
    }

    @Test
    void givenSkipped_whenSkippingAgain_thenStillOneSkipRecord() {
        CsamProcedure skipped = after(throughPrincipal(), localManagersSkipped());
        StepRecord firstSkip = skipped.latest(CsamStep.LOCAL_ACCESS_MANAGERS).orElseThrow();

        CsamOutcome.Accepted outcome = accepted(record(skipped, localManagersSkipped()));

        assertThat(outcome.removed()).containsExactly(firstSkip);
        assertThat(outcome.procedure().records(CsamStep.LOCAL_ACCESS_MANAGERS)).hasSize(1);
        assertThat(outcome.procedure().state(CsamStep.LOCAL_ACCESS_MANAGERS)).isEqualTo(StepState.SKIPPED);
    }

    @Test
    void givenSkipped_whenRecordingAPerson_thenTheSkipIsReplacedAndTheStepIsDone() {
        CsamProcedure skipped = after(throughPrincipal(), localManagersSkipped());
        StepRecord skip = skipped.latest(CsamStep.LOCAL_ACCESS_MANAGERS).orElseThrow();

        CsamOutcome.Accepted outcome = accepted(record(skipped, localManager("Paul Janssens")));

        assertThat(outcome.removed()).containsExactly(skip);
        assertThat(outcome.procedure().records(CsamStep.LOCAL_ACCESS_MANAGERS)).extracting(StepRecord::person)
                .containsExactly("Paul Janssens");
        assertThat(outcome.procedure().state(CsamStep.LOCAL_ACCESS_MANAGERS)).isEqualTo(StepState.DONE);
    }

    @Test
    void givenPersonsRecorded_whenSkipping_thenRefused() {
        CsamProcedure procedure = after(throughPrincipal(), localManager("Paul Janssens"));

        assertRefusedWith(record(procedure, localManagersSkipped()), "csam.local-access-managers.has-persons");
    }

    @Test
    void givenPersonAndSkippedTogether_whenRecording_thenRefused() {
        assertRefusedWith(record(throughPrincipal(), localManager("Paul Janssens").asSkipped()),
                "csam.local-access-managers.person-or-skipped");
    }

    @Test
    void givenNeitherPersonNorSkipped_whenRecording_thenRefused() {
        assertRefusedWith(record(throughPrincipal(), StepRequest.of("local-access-managers")),
                "csam.local-access-managers.person-or-skipped");
    }

    @Test
    void givenBlankPersonAndNotSkipped_whenRecording_thenRefused() {
        assertRefusedWith(record(throughPrincipal(), localManager("   ")),
                "csam.local-access-managers.person-or-skipped");
    }

    @Test
    void givenLocalManagersNeverRecorded_whenTheRequiredStepsAreDone_thenTheProcedureIsComplete() {
        CsamProcedure procedure = completeWithoutLocalManagers();

        assertThat(procedure.state(CsamStep.LOCAL_ACCESS_MANAGERS)).isEqualTo(StepState.TO_DO);
        assertThat(procedure.progress()).isEqualTo(5);
        assertThat(procedure.isComplete()).isTrue();
        assertThat(procedure.next()).isEmpty();
        assertThat(procedure.stepsToDo()).isEmpty();
    }

    @Test
    void givenLocalManagerRecordedOrSkipped_whenCountingProgress_thenItDoesNotCount() {
        CsamProcedure principal = throughPrincipal();

        assertThat(after(principal, localManager("Paul Janssens")).progress()).isEqualTo(principal.progress())
                .isEqualTo(3);
        assertThat(after(principal, localManagersSkipped()).progress()).isEqualTo(3);
    }

    @Test
    void givenPrincipal_whenNextStepAsked_thenAccessRightsNotLocalManagers() {
        assertThat(throughPrincipal().next()).contains(CsamStep.ACCESS_RIGHTS);
    }

    @Test
    void givenNoPrincipalYet_whenSuggestionAsked_thenNothingSuggested() {
        assertThat(CsamProcedure.notStarted().suggestion()).isEmpty();
        assertThat(throughLogin().suggestion()).isEmpty();
    }

    @Test
    void givenPrincipal_whenSuggestionAsked_thenLocalManagersSuggested() {
        assertThat(throughPrincipal().suggestion()).contains(CsamStep.LOCAL_ACCESS_MANAGERS);
    }

    @Test
    void givenEveryRequiredStepDoneButLocalManagersNotRecorded_whenSuggestionAsked_thenStillSuggested() {
        assertThat(completeWithoutLocalManagers().suggestion()).contains(CsamStep.LOCAL_ACCESS_MANAGERS);
    }

    @Test
    void givenLocalManagerRecorded_whenSuggestionAsked_thenNothingSuggested() {
        assertThat(after(throughPrincipal(), localManager("Paul Janssens")).suggestion()).isEmpty();
    }

    @Test
    void givenLocalManagersSkipped_whenSuggestionAsked_thenNothingSuggested() {
        assertThat(after(throughPrincipal(), localManagersSkipped()).suggestion()).isEmpty();
    }

    @Test
    void givenTheOnlyLocalManagerUndone_whenSuggestionAsked_thenSuggestedAgain() {
        CsamProcedure procedure = after(throughPrincipal(), localManager("Paul Janssens"));

        CsamProcedure undone = accepted(procedure.undo("local-access-managers", "Paul Janssens", false)).procedure();

        assertThat(undone.state(CsamStep.LOCAL_ACCESS_MANAGERS)).isEqualTo(StepState.TO_DO);
        assertThat(undone.suggestion()).contains(CsamStep.LOCAL_ACCESS_MANAGERS);
    }

    @Test
    void givenTwoLocalManagers_whenUndoingOneByName_thenOnlyThatPersonsRecordIsRemoved() {
        CsamProcedure procedure = after(throughPrincipal(), localManager("Paul Janssens"), localManager("Sofie Peeters"));
        StepRecord paul = procedure.records(CsamStep.LOCAL_ACCESS_MANAGERS).get(0);

        CsamOutcome.Accepted outcome = accepted(procedure.undo("local-access-managers", "PAUL JANSSENS", false));

        assertThat(outcome.removed()).containsExactly(paul);
        assertThat(outcome.procedure().records(CsamStep.LOCAL_ACCESS_MANAGERS)).extracting(StepRecord::person)
                .containsExactly("Sofie Peeters");
        assertThat(outcome.procedure().state(CsamStep.LOCAL_ACCESS_MANAGERS)).isEqualTo(StepState.DONE);
    }

    @Test
    void givenTwoLocalManagers_whenUndoingWithoutName_thenRefusedListingThePersons() {
        CsamProcedure procedure = after(throughPrincipal(), localManager("Paul Janssens"), localManager("Sofie Peeters"));

        assertRefusedWith(procedure.undo("local-access-managers", null, false),
                "csam.undo.person-required", "local-access-managers", "Paul Janssens, Sofie Peeters");
    }

    @Test
    void givenLocalManagers_whenUndoingAPersonNotRecorded_thenRefusedAsUnknownPerson() {
        CsamProcedure procedure = after(throughPrincipal(), localManager("Paul Janssens"), localManager("Sofie Peeters"));

        assertRefusedWith(procedure.undo("local-access-managers", "Luc Martin", false),
                "csam.undo.person-unknown", "local-access-managers", "Luc Martin", "Paul Janssens, Sofie Peeters");
    }

    @Test
    void givenSkipped_whenUndoingWithoutName_thenTheSkipIsRemovedAndTheStepIsTodo() {
        CsamProcedure skipped = after(throughPrincipal(), localManagersSkipped());

        CsamOutcome.Accepted outcome = accepted(skipped.undo("local-access-managers", null, false));

        assertThat(outcome.removed()).singleElement().extracting(StepRecord::skipped).isEqualTo(true);
        assertThat(outcome.procedure().state(CsamStep.LOCAL_ACCESS_MANAGERS)).isEqualTo(StepState.TO_DO);
    }
}
