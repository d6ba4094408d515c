package be.groupsetup.domain.setup;

import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamOutcome;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStatus;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static be.groupsetup.domain.configuration.ConfigurationFixtures.RULES;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.complete;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.completeWith;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness is derived every time (issue "Ready tells the truth"): a rule that ties two things is checked again
 * whenever either side changes, and warnings count until acknowledged.
 */
class ReadinessOverTimeTest {

    private static final String TECHNICIAN = "anne";
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static CsamProcedure record(CsamProcedure procedure, GroupConfiguration configuration, StepRequest request,
                                        int minute) {
        CsamOutcome outcome = procedure.record(request, configuration, TECHNICIAN, at(minute));
        assertThat(outcome).as(request.stepId()).isInstanceOf(CsamOutcome.Accepted.class);
        return ((CsamOutcome.Accepted) outcome).procedure();
    }

    private static CsamProcedure accepted(CsamOutcome outcome) {
        assertThat(outcome).isInstanceOf(CsamOutcome.Accepted.class);
        return ((CsamOutcome.Accepted) outcome).procedure();
    }

    /** Jean Peeters logs in first, then the nurse; the nurse designates; the rest follows: ready. */
    private static GroupSetup readyAfterTwoLogins() {
        GroupConfiguration configuration = complete();
        CsamProcedure procedure = CsamProcedure.notStarted();
        procedure = record(procedure, configuration,
                StepRequest.of("authority").withPerson("Françoise D'Hondt").withRole("group-responsible"), 1);
        procedure = record(procedure, configuration, StepRequest.of("csam-login").withPerson("Jean Peeters"), 2);
        procedure = record(procedure, configuration,
                StepRequest.of("csam-login").withPerson("D'HONDT Françoise Marie"), 3);
        procedure = record(procedure, configuration,
                StepRequest.of("principal-access-manager").withPerson("Françoise D'Hondt"), 4);
        procedure = record(procedure, configuration, StepRequest.of("access-rights").withPerson("Françoise D'Hondt")
                .withServices(List.of("billing", "insurability", "medico-administrative")), 5);
        procedure = record(procedure, configuration, StepRequest.of("no-mandates"), 6);
        return new GroupSetup(configuration, procedure);
    }

    @Nested
    class DesignationNow {

        @Test
        void givenReadyGroup_whenTheNursesLoginIsUndone_thenStep3IsToRecheckAndTheGroupIsNotReady() {
            GroupSetup ready = readyAfterTwoLogins();

            GroupSetup after = ready.with(accepted(ready.procedure().undo("csam-login", null, false)));
            CsamStatus csam = after.csamStatus();

            assertThat(ready.readiness(RULES).isReady()).isTrue();
            assertThat(csam.state(CsamStep.PRINCIPAL_ACCESS_MANAGER)).isEqualTo(StepState.RECHECK);
            assertThat(csam.progress()).isEqualTo(4);
            assertThat(csam.next()).contains(CsamStep.PRINCIPAL_ACCESS_MANAGER);
            assertThat(csam.recheckReason(CsamStep.PRINCIPAL_ACCESS_MANAGER)).get()
                    .extracting(Finding::code, Finding::messageKey)
                    .containsExactly("csam.principal-access-manager.recheck",
                            "csam.principal-access-manager.recheck.login-undone");
            assertThat(after.readiness(RULES).isReady()).isFalse();
            assertThat(after.recheckCausedSince(ready)).isPresent();
            // the recorded state still lets later steps be recorded
            assertThat(after.procedure().isDone(CsamStep.PRINCIPAL_ACCESS_MANAGER)).isTrue();
        }

        @Test
        void givenReadyGroup_whenAnotherNurseIsNamedRepresentative_thenStep3IsToRecheckNamingBoth() {
            GroupSetup ready = readyAfterTwoLogins();
            ChangeOutcome changed = ready.configuration().change(
                    Map.of(FieldKey.FIRST_NAME, "Marc", FieldKey.LAST_NAME, "Janssens"), RULES);

            GroupSetup after = ready.with(((ChangeOutcome.Accepted) changed).configuration());

            assertThat(after.csamStatus().recheckReason(CsamStep.PRINCIPAL_ACCESS_MANAGER)).get()
                    .extracting(Finding::messageKey, Finding::arguments)
                    .containsExactly("csam.principal-access-manager.recheck.not-representative",
                            List.of("D'HONDT Françoise Marie", "Marc Janssens"));
            assertThat(after.readiness(RULES).isReady()).isFalse();
        }

        @Test
        void givenReadyGroup_whenAManagerLogsInLater_thenTheGroupStaysReady() {
            GroupSetup ready = readyAfterTwoLogins();

            GroupSetup after = ready.with(record(ready.procedure(), ready.configuration(),
                    StepRequest.of("csam-login").withPerson("Jan Peeters"), 7));

            assertThat(after.csamStatus().state(CsamStep.PRINCIPAL_ACCESS_MANAGER)).isEqualTo(StepState.DONE);
            assertThat(after.readiness(RULES).isReady()).isTrue();
        }

        @Test
        void givenTheManagersLaterLogin_whenUndone_thenTheDesignationStillHolds() {
            GroupSetup ready = readyAfterTwoLogins();
            GroupSetup withManager = ready.with(record(ready.procedure(), ready.configuration(),
                    StepRequest.of("csam-login").withPerson("Jan Peeters"), 7));

            GroupSetup after = withManager.with(accepted(withManager.procedure().undo("csam-login", null, false)));

            assertThat(after.readiness(RULES).isReady()).isTrue();
        }

        @Test
        void givenConfirmedIdentity_whenTheNurseKeepsHerName_thenItHolds_andWhenRenamed_thenToRecheck() {
            GroupConfiguration configuration = complete();
            CsamProcedure procedure = record(CsamProcedure.notStarted(), configuration,
                    StepRequest.of("authority").withPerson("Françoise D'Hondt").withRole("local-user"), 1);
            procedure = record(procedure, configuration, StepRequest.of("csam-login").withPerson("F. VAN DAMME"), 2);
            procedure = record(procedure, configuration,
                    StepRequest.of("principal-access-manager").withPerson("Françoise D'Hondt").asConfirmed(), 3);
            GroupSetup confirmed = new GroupSetup(configuration, procedure);
            StepRecord designation = procedure.latest(CsamStep.PRINCIPAL_ACCESS_MANAGER).orElseThrow();

            GroupSetup renamed = confirmed.with(((ChangeOutcome.Accepted) configuration.change(
                    Map.of(FieldKey.LAST_NAME, "Dupont"), RULES)).configuration());

            assertThat(designation.loginCheck().loginPerson()).isEqualTo("F. VAN DAMME");
            assertThat(designation.loginCheck().confirmedNurse()).isEqualTo("Françoise D'Hondt");
            assertThat(confirmed.csamStatus().state(CsamStep.PRINCIPAL_ACCESS_MANAGER)).isEqualTo(StepState.DONE);
            assertThat(renamed.csamStatus().state(CsamStep.PRINCIPAL_ACCESS_MANAGER)).isEqualTo(StepState.RECHECK);
        }

        @Test
        void givenAnExistingPrincipalAccessManager_whenTheNurseChanges_thenNothingToRecheck() {
            GroupConfiguration configuration = complete();
            CsamProcedure procedure = record(CsamProcedure.notStarted(), configuration,
                    StepRequest.of("authority").withPerson("Françoise D'Hondt").withRole("local-user"), 1);
            procedure = record(procedure, configuration, StepRequest.of("csam-login").withPerson("Jean Peeters"), 2);
            procedure = record(procedure, configuration, StepRequest.of("principal-access-manager").asExisting(), 3);

            GroupSetup setup = new GroupSetup(((ChangeOutcome.Accepted) configuration.change(
                    Map.of(FieldKey.FIRST_NAME, "Marc"), RULES)).configuration(), procedure);

            assertThat(setup.csamStatus().state(CsamStep.PRINCIPAL_ACCESS_MANAGER)).isEqualTo(StepState.DONE);
        }

        @Test
        void givenARecordStoredBeforeLoginChecksWereKept_whenReconstituted_thenItIsCheckedAgainstTheLoginBeforeIt() {
            StepRecord first = new StepRecord(CsamStep.CSAM_LOGIN, "Jean Peeters", null, false, Set.of(), false, false,
                    TECHNICIAN, at(1), null);
            StepRecord nurse = new StepRecord(CsamStep.CSAM_LOGIN, "Françoise D'Hondt", null, false, Set.of(), false,
                    false, TECHNICIAN, at(2), null);
            StepRecord designation = new StepRecord(CsamStep.PRINCIPAL_ACCESS_MANAGER, "Françoise D'Hondt", null,
                    false, Set.of(), false, false, TECHNICIAN, at(3), null);
            StepRecord later = new StepRecord(CsamStep.CSAM_LOGIN, "Jan Peeters", null, false, Set.of(), false, false,
                    TECHNICIAN, at(4), null);

            CsamProcedure procedure = CsamProcedure.reconstitute(List.of(first, nurse, designation, later));

            assertThat(procedure.latest(CsamStep.PRINCIPAL_ACCESS_MANAGER).orElseThrow().loginCheck())
                    .extracting(c -> c.loginPerson(), c -> c.loginRecordedAt())
                    .containsExactly("Françoise D'Hondt", at(2));
        }
    }

    @Nested
    class RecordsThatCount {

        @Test
        void givenTwoLogins_whenAsked_thenTheLatestCountsAndTheFirstWasReplacedByIt() {
            CsamProcedure procedure = readyAfterTwoLogins().procedure();
            List<StepRecord> logins = procedure.records(CsamStep.CSAM_LOGIN);

            assertThat(procedure.counts(logins.get(0))).isFalse();
            assertThat(procedure.replacedBy(logins.get(0))).contains(logins.get(1));
            assertThat(procedure.counts(logins.get(1))).isTrue();
            assertThat(procedure.replacedBy(logins.get(1))).isEmpty();
        }
    }

    @Nested
    class UndoPerson {

        @Test
        void givenAStepWithoutPerPersonRecords_whenUndoNamesAPerson_thenRefusedAsNotApplicable() {
            CsamProcedure procedure = readyAfterTwoLogins().procedure();

            for (String step : List.of("authority", "csam-login", "principal-access-manager")) {
                CsamOutcome outcome = procedure.undo(step, "Somebody Else", false);

                assertThat(outcome).isInstanceOf(CsamOutcome.Refused.class);
                assertThat(outcome.findings()).extracting(Finding::code, Finding::arguments)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("csam.option.not-applicable",
                                List.of("person", step)));
            }
        }
    }

    @Nested
    class Acknowledgements {

        private final GroupSetup withWarning = readyAfterTwoLogins().with(
                stored(completeWith(Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, "319"))));

        private GroupSetup acknowledged(GroupSetup setup, String code, FieldKey field) {
            AcknowledgementOutcome outcome = setup.acknowledge(code, field, "Checked with the group", RULES,
                    TECHNICIAN, at(9));
            assertThat(outcome).isInstanceOf(AcknowledgementOutcome.Accepted.class);
            return ((AcknowledgementOutcome.Accepted) outcome).setup();
        }

        @Test
        void givenAnAcknowledgedWarning_whenTheValueItReadsChanges_thenTheWarningIsOpenAgain() {
            GroupSetup acknowledged = acknowledged(withWarning, "single-point-of-contact.not-christian", null);

            GroupSetup changed = acknowledged.with(stored(completeWith(Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, "320"))));

            assertThat(withWarning.readiness(RULES).isReady()).isFalse();
            assertThat(acknowledged.readiness(RULES).isReady()).isTrue();
            assertThat(acknowledged.acknowledgements().get(0).readValues())
                    .containsExactly(Map.entry(FieldKey.SINGLE_POINT_OF_CONTACT, "319"));
            assertThat(changed.openWarnings(RULES)).extracting(Finding::code)
                    .containsExactly("single-point-of-contact.not-christian");
            assertThat(changed.readiness(RULES).isReady()).isFalse();
        }

        @Test
        void givenAnAcknowledgement_whenWithdrawn_thenTheWarningIsOpenAgain() {
            GroupSetup acknowledged = acknowledged(withWarning, "single-point-of-contact.not-christian", null);

            AcknowledgementOutcome outcome = acknowledged.withdraw("single-point-of-contact.not-christian", null, RULES);

            assertThat(outcome).isInstanceOf(AcknowledgementOutcome.Accepted.class);
            assertThat(((AcknowledgementOutcome.Accepted) outcome).setup().openWarnings(RULES)).hasSize(1);
        }

        @Test
        void givenACodeThatIsNotAnOpenWarning_whenAcknowledged_thenRefusedListingTheOpenOnes() {
            AcknowledgementOutcome outcome = withWarning.acknowledge("iban.not-belgian", null, "because", RULES,
                    TECHNICIAN, at(9));

            assertThat(outcome).isInstanceOf(AcknowledgementOutcome.Refused.class);
            assertThat(((AcknowledgementOutcome.Refused) outcome).findings()).extracting(Finding::code, Finding::arguments)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("acknowledge.not-open",
                            List.of("iban.not-belgian", "single-point-of-contact.not-christian (single-point-of-contact)")));
        }

        @Test
        void givenACodeOpenOnTwoFields_whenAcknowledgedWithoutField_thenRefused_andWithAField_thenOnlyThatOne() {
            GroupSetup twice = withWarning.with(stored(completeWith(Map.of(FieldKey.INAMI, "41234599001",
                    FieldKey.REFERENCE_CARE_PROVIDER, "41234599001"))));

            AcknowledgementOutcome withoutField = twice.acknowledge("inami.checksum", null, "card seen", RULES,
                    TECHNICIAN, at(9));
            GroupSetup one = acknowledged(twice, "inami.checksum", FieldKey.INAMI);

            assertThat(((AcknowledgementOutcome.Refused) withoutField).findings()).extracting(Finding::code)
                    .containsExactly("acknowledge.field-required");
            assertThat(one.openWarnings(RULES)).extracting(Finding::code, Finding::field).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("inami.checksum", FieldKey.REFERENCE_CARE_PROVIDER));
        }

        @Test
        void givenABlankOrOverlongReason_whenAcknowledged_thenRefused() {
            assertThat(withWarning.acknowledge("single-point-of-contact.not-christian", null, "  ", RULES,
                    TECHNICIAN, at(9)).getClass()).isEqualTo(AcknowledgementOutcome.Refused.class);
            assertThat(withWarning.acknowledge("single-point-of-contact.not-christian", null, "x".repeat(201), RULES,
                    TECHNICIAN, at(9)).getClass()).isEqualTo(AcknowledgementOutcome.Refused.class);
            assertThat(withWarning.acknowledge("single-point-of-contact.not-christian", null, "x".repeat(200), RULES,
                    TECHNICIAN, at(9)).getClass()).isEqualTo(AcknowledgementOutcome.Accepted.class);
        }

        @Test
        void givenAWarningAcrossTwoFields_whenEitherChanges_thenTheAcknowledgementNoLongerHolds() {
            Map<FieldKey, String> values = new java.util.HashMap<>(completeWith(Map.of()));
            values.put(FieldKey.BIC, "GEBABEBB");
            GroupSetup mismatch = withWarning.with(stored(values));
            GroupSetup acknowledged = acknowledged(mismatch, "bic.bank-mismatch", null);

            values.put(FieldKey.IBAN, be.groupsetup.domain.configuration.ConfigurationFixtures.OTHER_ING_IBAN);
            GroupSetup otherAccount = acknowledged.with(stored(values));

            assertThat(acknowledged.acknowledgements().get(0).readValues()).containsOnlyKeys(FieldKey.IBAN, FieldKey.BIC);
            assertThat(acknowledged.openWarnings(RULES)).extracting(Finding::code)
                    .doesNotContain("bic.bank-mismatch");
            assertThat(otherAccount.openWarnings(RULES)).extracting(Finding::code).contains("bic.bank-mismatch");
        }
    }
}
