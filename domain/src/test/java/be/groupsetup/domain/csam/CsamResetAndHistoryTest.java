package be.groupsetup.domain.csam;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static be.groupsetup.domain.csam.CsamFixtures.AT;
import static be.groupsetup.domain.csam.CsamFixtures.CONFIGURATION;
import static be.groupsetup.domain.csam.CsamFixtures.NURSE_EID;
import static be.groupsetup.domain.csam.CsamFixtures.TECHNICIAN;
import static be.groupsetup.domain.csam.CsamFixtures.accepted;
import static be.groupsetup.domain.csam.CsamFixtures.accessRights;
import static be.groupsetup.domain.csam.CsamFixtures.allServicesFor;
import static be.groupsetup.domain.csam.CsamFixtures.authority;
import static be.groupsetup.domain.csam.CsamFixtures.designated;
import static be.groupsetup.domain.csam.CsamFixtures.everyStepRecorded;
import static be.groupsetup.domain.csam.CsamFixtures.localManager;
import static be.groupsetup.domain.csam.CsamFixtures.login;
import static be.groupsetup.domain.csam.CsamFixtures.noMandates;
import static be.groupsetup.domain.csam.CsamFixtures.throughPrincipal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/rules.md §2.3: reset clears the procedure; each record keeps who recorded it and when; records are immutable.
 */
class CsamResetAndHistoryTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T08:00:00Z");

    @Test
    void givenEveryStepRecorded_whenReset_thenEmptyAndEveryRecordReturnedAsRemoved() {
        CsamProcedure procedure = everyStepRecorded();

        CsamOutcome.Accepted outcome = procedure.reset();

        assertThat(outcome.procedure().records()).isEmpty();
        assertThat(outcome.procedure()).isEqualTo(CsamProcedure.notStarted());
        assertThat(outcome.procedure().progress()).isZero();
        assertThat(outcome.procedure().next()).contains(CsamStep.AUTHORITY);
        assertThat(outcome.removed()).containsExactlyElementsOf(procedure.records()).hasSize(6);
        assertThat(outcome.added()).isEmpty();
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void givenReset_whenLookingAtTheOriginal_thenItIsUnchanged() {
        CsamProcedure procedure = everyStepRecorded();
        List<StepRecord> before = List.copyOf(procedure.records());

        procedure.reset();

        assertThat(procedure.records()).containsExactlyElementsOf(before);
    }

    @Test
    void givenNothingRecorded_whenReset_thenAcceptedWithNothingRemoved() {
        CsamOutcome.Accepted outcome = CsamProcedure.notStarted().reset();

        assertThat(outcome.removed()).isEmpty();
        assertThat(outcome.procedure().records()).isEmpty();
    }

    @Test
    void givenReset_whenRecordingAgain_thenTheProcedureStartsOverFromAuthority() {
        CsamProcedure reset = everyStepRecorded().reset().procedure();

        assertThat(reset.record(login(NURSE_EID), CONFIGURATION, TECHNICIAN, AT))
                .isInstanceOf(CsamOutcome.Refused.class);
        accepted(reset.record(authority(), CONFIGURATION, TECHNICIAN, AT));
    }

    @Test
    void givenDifferentTechniciansAndTimes_whenEachStepIsRecorded_thenEachRecordKeepsItsOwnExactly() {
        List<StepRequest> requests = List.of(authority(), login(NURSE_EID), designated(NURSE_EID),
                localManager("Paul Janssens"), allServicesFor("Paul Janssens"), noMandates());
        CsamProcedure procedure = CsamProcedure.notStarted();
        for (int i = 0; i < requests.size(); i++) {
            CsamOutcome.Accepted outcome = accepted(procedure.record(requests.get(i), CONFIGURATION,
                    "technician " + i, MONDAY.plusSeconds(3_600L * i + 1)));
            assertThat(outcome.added()).singleElement().satisfies(added -> {
                assertThat(added.recordedBy()).startsWith("technician ");
                assertThat(added.recordedAt()).isAfter(MONDAY);
            });
            procedure = outcome.procedure();
        }

        assertThat(procedure.records()).hasSize(6);
        for (int i = 0; i < 6; i++) {
            StepRecord record = procedure.records().get(i);
            assertThat(record.step()).isEqualTo(CsamStep.values()[i]);
            assertThat(record.recordedBy()).isEqualTo("technician " + i);
            assertThat(record.recordedAt()).isEqualTo(MONDAY.plusSeconds(3_600L * i + 1));
        }
    }

    @Test
    void givenPersonsRightsReplacedByAnotherTechnician_whenLookingAtTheRecord_thenItIsAttributedToTheLatestChange() {
        CsamProcedure procedure = accepted(throughPrincipal().record(accessRights("Paul Janssens", "billing"),
                CONFIGURATION, "Alice", MONDAY)).procedure();

        CsamOutcome.Accepted outcome = accepted(procedure.record(accessRights("Paul Janssens", "insurability"),
                CONFIGURATION, "Bruno", MONDAY.plusSeconds(86_400)));

        assertThat(outcome.removed()).singleElement().satisfies(old -> {
            assertThat(old.recordedBy()).isEqualTo("Alice");
            assertThat(old.recordedAt()).isEqualTo(MONDAY);
        });
        assertThat(outcome.procedure().latest(CsamStep.ACCESS_RIGHTS)).get().satisfies(now -> {
            assertThat(now.recordedBy()).isEqualTo("Bruno");
            assertThat(now.recordedAt()).isEqualTo(MONDAY.plusSeconds(86_400));
        });
    }

    @Test
    void givenProcedure_whenRecording_thenTheOriginalIsUnchangedAndANewProcedureIsReturned() {
        CsamProcedure procedure = throughPrincipal();
        List<StepRecord> before = List.copyOf(procedure.records());

        CsamOutcome.Accepted outcome = accepted(procedure.record(allServicesFor(NURSE_EID), CONFIGURATION,
                TECHNICIAN, AT));

        assertThat(outcome.procedure()).isNotSameAs(procedure);
        assertThat(procedure.records()).containsExactlyElementsOf(before);
        assertThat(procedure.isDone(CsamStep.ACCESS_RIGHTS)).isFalse();
        assertThat(outcome.procedure().isDone(CsamStep.ACCESS_RIGHTS)).isTrue();
    }

    @Test
    void givenProcedure_whenItsRecordsListIsModified_thenRefused() {
        List<StepRecord> records = throughPrincipal().records();

        assertThatThrownBy(records::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void givenOutcome_whenItsListsAreModified_thenRefused() {
        CsamOutcome.Accepted outcome = everyStepRecorded().reset();

        assertThatThrownBy(() -> outcome.removed().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> outcome.added().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void givenStoredRecords_whenReconstituted_thenTheSameProcedure() {
        CsamProcedure procedure = everyStepRecorded();

        CsamProcedure reconstituted = CsamProcedure.reconstitute(procedure.records());

        assertThat(reconstituted).isEqualTo(procedure);
        assertThat(reconstituted.isComplete()).isTrue();
        assertThat(reconstituted.records()).containsExactlyElementsOf(procedure.records());
    }

    @Test
    void givenRecordedAuthority_whenReadingTheRecord_thenItKeepsTheDetails() {
        StepRecord record = accepted(CsamProcedure.notStarted().record(
                StepRequest.of("authority").withPerson("Anne Dupont").withRole("local-user"), CONFIGURATION,
                "Jeanne", MONDAY)).added().get(0);

        assertThat(record).isEqualTo(new StepRecord(CsamStep.AUTHORITY, "Anne Dupont", AuthorityRole.LOCAL_USER, false,
                java.util.Set.of(), false, false, "Jeanne", MONDAY, null));
    }
}
