package be.groupsetup.domain.csam;

import be.groupsetup.domain.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.List;

import static be.groupsetup.domain.csam.CsamFixtures.ALL_SERVICES;
import static be.groupsetup.domain.csam.CsamFixtures.AT;
import static be.groupsetup.domain.csam.CsamFixtures.CONFIGURATION;
import static be.groupsetup.domain.csam.CsamFixtures.NURSE_EID;
import static be.groupsetup.domain.csam.CsamFixtures.TECHNICIAN;
import static be.groupsetup.domain.csam.CsamFixtures.accepted;
import static be.groupsetup.domain.csam.CsamFixtures.accessRights;
import static be.groupsetup.domain.csam.CsamFixtures.after;
import static be.groupsetup.domain.csam.CsamFixtures.allServicesFor;
import static be.groupsetup.domain.csam.CsamFixtures.assertRefusedWith;
import static be.groupsetup.domain.csam.CsamFixtures.noMandates;
import static be.groupsetup.domain.csam.CsamFixtures.refusal;
import static be.groupsetup.domain.csam.CsamFixtures.throughPrincipal;
import static be.groupsetup.domain.csam.CsamService.BILLING;
import static be.groupsetup.domain.csam.CsamService.INSURABILITY;
import static be.groupsetup.domain.csam.CsamService.MEDICO_ADMINISTRATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * docs/rules.md §2.1, step 5: one record per person with the services granted among billing, insurability and
 * medico-administrative; done when each of the three is granted to at least one person.
 */
class AccessRightsStepTest {

    private static final String PAUL = "Paul Janssens";
    private static final String SOFIE = "Sofie Peeters";

    private static CsamOutcome record(CsamProcedure procedure, StepRequest request) {
        return procedure.record(request, CONFIGURATION, TECHNICIAN, AT);
    }

    @Test
    void givenPrincipal_whenGrantingTheThreeServicesToOnePerson_thenDone() {
        CsamOutcome.Accepted outcome = accepted(record(throughPrincipal(), allServicesFor(PAUL)));

        assertThat(outcome.added()).singleElement().satisfies(r -> {
            assertThat(r.person()).isEqualTo(PAUL);
            assertThat(r.services()).containsExactlyInAnyOrder(BILLING, INSURABILITY, MEDICO_ADMINISTRATIVE);
            assertThat(r.orderedServices()).containsExactly(BILLING, INSURABILITY, MEDICO_ADMINISTRATIVE);
        });
        assertThat(outcome.procedure().state(CsamStep.ACCESS_RIGHTS)).isEqualTo(StepState.DONE);
        assertThat(outcome.procedure().missingServices()).isEmpty();
    }

    @Test
    void givenOnlyBillingGranted_whenAskingTheState_thenTodoWithTheTwoOtherServicesMissing() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(PAUL, "billing"));

        assertThat(procedure.state(CsamStep.ACCESS_RIGHTS)).isEqualTo(StepState.TO_DO);
        assertThat(procedure.grantedServices()).containsExactly(BILLING);
        assertThat(procedure.missingServices()).containsExactlyInAnyOrder(INSURABILITY, MEDICO_ADMINISTRATIVE);
        assertThat(procedure.next()).contains(CsamStep.ACCESS_RIGHTS);
    }

    @Test
    void givenNothingGranted_whenAskingTheServices_thenAllThreeMissing() {
        assertThat(throughPrincipal().grantedServices()).isEmpty();
        assertThat(throughPrincipal().missingServices()).isEqualTo(EnumSet.allOf(CsamService.class));
    }

    @Test
    void givenEachServiceGrantedToADifferentPerson_whenAskingTheState_thenDoneOnlyOnceAllThreeAreCovered() {
        CsamProcedure one = after(throughPrincipal(), accessRights(PAUL, "billing"));
        CsamProcedure two = after(one, accessRights(SOFIE, "insurability"));
        CsamProcedure three = after(two, accessRights(NURSE_EID, "medico-administrative"));

        assertThat(one.state(CsamStep.ACCESS_RIGHTS)).isEqualTo(StepState.TO_DO);
        assertThat(two.state(CsamStep.ACCESS_RIGHTS)).isEqualTo(StepState.TO_DO);
        assertThat(two.missingServices()).containsExactly(MEDICO_ADMINISTRATIVE);
        assertThat(three.state(CsamStep.ACCESS_RIGHTS)).isEqualTo(StepState.DONE);
        assertThat(three.records(CsamStep.ACCESS_RIGHTS)).hasSize(3);
        assertThat(three.grantedServices()).isEqualTo(EnumSet.allOf(CsamService.class));
    }

    @Test
    void givenSameServiceGrantedToSeveralPersons_whenOneServiceStillMissing_thenTodo() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(PAUL, "billing", "insurability"),
                accessRights(SOFIE, "billing", "insurability"));

        assertThat(procedure.state(CsamStep.ACCESS_RIGHTS)).isEqualTo(StepState.TO_DO);
        assertThat(procedure.missingServices()).containsExactly(MEDICO_ADMINISTRATIVE);
    }

    @ParameterizedTest
    @CsvSource({
            "billing, BILLING",
            "BILLING, BILLING",
            "Facturation, BILLING",
            "facturatie, BILLING",
            "insurability, INSURABILITY",
            "Assurabilité, INSURABILITY",
            "assurabilite, INSURABILITY",
            "Verzekerbaarheid, INSURABILITY",
            "medico-administrative, MEDICO_ADMINISTRATIVE",
            "Medico Administrative, MEDICO_ADMINISTRATIVE",
            "médico-administratif, MEDICO_ADMINISTRATIVE",
            "Documents médico-administratifs, MEDICO_ADMINISTRATIVE",
            "medisch-administratief, MEDICO_ADMINISTRATIVE",
            "medico-administratieve documenten, MEDICO_ADMINISTRATIVE"})
    void givenServiceTypedByIdOrFrenchOrDutchName_whenGranting_thenThatServiceRecorded(String typed,
                                                                                      CsamService expected) {
        CsamOutcome.Accepted outcome = accepted(record(throughPrincipal(), accessRights(PAUL, typed)));

        assertThat(outcome.added()).singleElement().extracting(StepRecord::services).isEqualTo(java.util.Set.of(expected));
    }

    @Test
    void givenTheSameServiceTypedTwiceInTwoLanguages_whenGranting_thenRecordedOnce() {
        CsamOutcome.Accepted outcome = accepted(record(throughPrincipal(), accessRights(PAUL, "billing", "Facturation")));

        assertThat(outcome.added().get(0).orderedServices()).containsExactly(BILLING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mandate", "billings", "eHealthBox", "medical"})
    void givenUnknownService_whenGranting_thenRefusedNamingTheAllowedServices(String service) {
        assertRefusedWith(record(throughPrincipal(), accessRights(PAUL, "billing", service)),
                "csam.access-rights.service", service, ALL_SERVICES);
    }

    @Test
    void givenTwoUnknownServices_whenGranting_thenBothReportedAndNothingRecorded() {
        CsamProcedure procedure = throughPrincipal();

        List<Finding> findings = refusal(record(procedure, accessRights(PAUL, "dentistry", "billing", "pharmacy")));

        assertThat(findings).extracting(Finding::code, Finding::arguments).containsExactly(
                tuple("csam.access-rights.service", List.of("dentistry", ALL_SERVICES)),
                tuple("csam.access-rights.service", List.of("pharmacy", ALL_SERVICES)));
        assertThat(procedure.records(CsamStep.ACCESS_RIGHTS)).isEmpty();
    }

    @Test
    void givenNoService_whenGranting_thenRefusedAsServicesRequired() {
        assertRefusedWith(record(throughPrincipal(), accessRights(PAUL)),
                "csam.access-rights.services-required", ALL_SERVICES);
    }

    @Test
    void givenOnlyBlankServices_whenGranting_thenRefusedAsServicesRequired() {
        assertRefusedWith(record(throughPrincipal(), accessRights(PAUL, " ", "")),
                "csam.access-rights.services-required", ALL_SERVICES);
    }

    @Test
    void givenNoPerson_whenGranting_thenRefusedAsPersonRequired() {
        assertRefusedWith(record(throughPrincipal(), StepRequest.of("access-rights").withServices(List.of("billing"))),
                "csam.person.required", "access-rights");
    }

    @Test
    void givenNeitherPersonNorService_whenGranting_thenBothProblemsReported() {
        List<Finding> findings = refusal(record(throughPrincipal(), StepRequest.of("access-rights")));

        assertThat(findings).extracting(Finding::code)
                .containsExactlyInAnyOrder("csam.person.required", "csam.access-rights.services-required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Paul Janssens", "PAUL JANSSENS", "janssens, paul", "  Paul  Janssens "})
    void givenPersonHasRights_whenRecordingThatPersonAgain_thenTheRecordIsReplaced(String samePerson) {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(PAUL, "billing", "insurability"),
                accessRights(SOFIE, "medico-administrative"));
        StepRecord paulsFirst = procedure.records(CsamStep.ACCESS_RIGHTS).get(0);

        CsamOutcome.Accepted outcome = accepted(record(procedure, accessRights(samePerson, "medico-administrative")));

        assertThat(outcome.removed()).containsExactly(paulsFirst);
        assertThat(outcome.procedure().records(CsamStep.ACCESS_RIGHTS)).hasSize(2).doesNotContain(paulsFirst);
        assertThat(outcome.procedure().grantedServices()).containsExactly(MEDICO_ADMINISTRATIVE);
        assertThat(outcome.procedure().state(CsamStep.ACCESS_RIGHTS)).isEqualTo(StepState.TO_DO);
    }

    @Test
    void givenPersonHadTwoServices_whenRecordedAgainWithTheThird_thenOnlyTheNewRecordCountsNotAMerge() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(PAUL, "billing", "insurability"),
                accessRights(PAUL, "medico-administrative"));

        assertThat(procedure.records(CsamStep.ACCESS_RIGHTS)).singleElement().extracting(StepRecord::orderedServices)
                .isEqualTo(List.of(MEDICO_ADMINISTRATIVE));
        assertThat(procedure.state(CsamStep.ACCESS_RIGHTS)).isEqualTo(StepState.TO_DO);
    }

    @Test
    void givenTwoPersonsWithRights_whenUndoingOneByName_thenOnlyThatPersonsRecordIsRemoved() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(PAUL, "billing"), accessRights(SOFIE, "insurability"));
        StepRecord sofie = procedure.records(CsamStep.ACCESS_RIGHTS).get(1);

        CsamOutcome.Accepted outcome = accepted(procedure.undo("access-rights", "sofie peeters", false));

        assertThat(outcome.removed()).containsExactly(sofie);
        assertThat(outcome.procedure().records(CsamStep.ACCESS_RIGHTS)).extracting(StepRecord::person)
                .containsExactly(PAUL);
    }

    @Test
    void givenTwoPersonsWithRights_whenUndoingOneNotLast_thenThatPersonsRecordIsRemovedNotTheLatest() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(PAUL, "billing"), accessRights(SOFIE, "insurability"));
        StepRecord paul = procedure.records(CsamStep.ACCESS_RIGHTS).get(0);

        CsamOutcome.Accepted outcome = accepted(procedure.undo("access-rights", PAUL, false));

        assertThat(outcome.removed()).containsExactly(paul);
        assertThat(outcome.procedure().grantedServices()).containsExactly(INSURABILITY);
    }

    @Test
    void givenOnePersonWithRights_whenUndoingWithoutName_thenThatRecordIsRemoved() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(PAUL, "billing"));

        CsamOutcome.Accepted outcome = accepted(procedure.undo("access-rights", null, false));

        assertThat(outcome.removed()).extracting(StepRecord::person).containsExactly(PAUL);
        assertThat(outcome.procedure().records(CsamStep.ACCESS_RIGHTS)).isEmpty();
    }

    @Test
    void givenTwoPersonsWithRights_whenUndoingWithoutName_thenRefusedListingThePersons() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(PAUL, "billing"), accessRights(SOFIE, "insurability"));

        assertRefusedWith(procedure.undo("access-rights", " ", false),
                "csam.undo.person-required", "access-rights", PAUL + ", " + SOFIE);
    }

    @Test
    void givenRights_whenUndoingForAPersonWithoutRights_thenRefusedAsUnknownPerson() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(PAUL, "billing"), accessRights(SOFIE, "insurability"));

        assertRefusedWith(procedure.undo("access-rights", "Luc Martin", false),
                "csam.undo.person-unknown", "access-rights", "Luc Martin", PAUL + ", " + SOFIE);
    }

    @Test
    void givenOnlyOnePersonWithRights_whenUndoingForAnotherPerson_thenRefusedAndTheRecordIsKept() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(PAUL, "billing"));

        assertRefusedWith(procedure.undo("access-rights", SOFIE, false),
                "csam.undo.person-unknown", "access-rights", SOFIE, PAUL);
        assertThat(procedure.records(CsamStep.ACCESS_RIGHTS)).hasSize(1);
    }

    @Test
    void givenNoMandatesAndCoverageByOthers_whenUndoingOnePersonsRights_thenAllowedAndNoMandatesStays() {
        CsamProcedure procedure = after(throughPrincipal(), allServicesFor(PAUL), accessRights(SOFIE, "billing"),
                noMandates());

        CsamOutcome.Accepted outcome = accepted(procedure.undo("access-rights", SOFIE, false));

        assertThat(outcome.removed()).extracting(StepRecord::person).containsExactly(SOFIE);
        assertThat(outcome.procedure().isDone(CsamStep.ACCESS_RIGHTS)).isTrue();
        assertThat(outcome.procedure().isDone(CsamStep.NO_MANDATES)).isTrue();
    }

    @Test
    void givenNoMandates_whenUndoingTheRightsThatCoverAService_thenRefusedNamingNoMandates() {
        CsamProcedure procedure = after(throughPrincipal(), accessRights(PAUL, "billing", "insurability"),
                accessRights(SOFIE, "medico-administrative"), noMandates());

        assertRefusedWith(procedure.undo("access-rights", SOFIE, false),
                "csam.undo.needed-by", "access-rights", "no-mandates");
    }

    @Test
    void givenNoMandatesRecorded_whenAPersonsRightsAreReplacedByFewerServices_thenNoMandatesIsNotLeftWithoutItsNeed() {
        // docs/rules.md §2.1: no-mandates needs access-rights done; a replacement that uncovers a service must not
        // leave no-mandates recorded on top of access rights that are no longer done.
        CsamProcedure procedure = after(throughPrincipal(), allServicesFor(PAUL), noMandates());

        CsamOutcome outcome = record(procedure, accessRights(PAUL, "billing"));

        if (outcome instanceof CsamOutcome.Accepted replaced) {
            assertThat(replaced.procedure().isDone(CsamStep.ACCESS_RIGHTS)).isFalse();
            assertThat(replaced.procedure().isDone(CsamStep.NO_MANDATES))
                    .as("no-mandates still recorded although access-rights is no longer done").isFalse();
        } else {
            assertThat(outcome.findings()).isNotEmpty();
        }
    }
}
