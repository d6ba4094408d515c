package be.groupsetup.domain.setup;

import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.AuthorityRole;
import be.groupsetup.domain.csam.CsamOutcome;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static be.groupsetup.domain.configuration.ConfigurationFixtures.DUTCH_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.RULES;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.complete;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.completeStoredValues;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.completeWith;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.empty;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** docs/rules.md §3.1, readiness: complete configuration and the five required CSAM steps done. */
class GroupSetupTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");
    private static final String TECHNICIAN = "tech.dupont";

    private static StepRecord authority() {
        return new StepRecord(CsamStep.AUTHORITY, "Françoise D'Hondt", AuthorityRole.GROUP_RESPONSIBLE, false, Set.of(),
                false, false, TECHNICIAN, AT, null);
    }

    private static StepRecord csamLogin() {
        return new StepRecord(CsamStep.CSAM_LOGIN, "Françoise Marie D'Hondt", null, false, Set.of(), false, false,
                TECHNICIAN, AT, null);
    }

    private static StepRecord principal() {
        return new StepRecord(CsamStep.PRINCIPAL_ACCESS_MANAGER, "Françoise D'Hondt", null, false, Set.of(), false,
                false, TECHNICIAN, AT, null);
    }

    private static StepRecord rights(String person, Set<CsamService> services) {
        return new StepRecord(CsamStep.ACCESS_RIGHTS, person, null, false, services, false, false, TECHNICIAN, AT, null);
    }

    private static StepRecord noMandates() {
        return new StepRecord(CsamStep.NO_MANDATES, null, null, false, Set.of(), false, false, TECHNICIAN, AT, null);
    }

    private static CsamProcedure allRequiredStepsDone() {
        return CsamProcedure.reconstitute(List.of(authority(), csamLogin(), principal(),
                rights("Françoise D'Hondt", EnumSet.allOf(CsamService.class)), noMandates()));
    }

    private static List<String> keys(Readiness readiness) {
        return readiness.missing().stream().map(Readiness.Missing::key).toList();
    }

    @Test
    void givenCompleteConfigurationAndTheFiveRequiredSteps_whenReadinessAsked_thenReady() {
        Readiness readiness = new GroupSetup(complete(), allRequiredStepsDone()).readiness(RULES);

        assertThat(readiness.isReady()).isTrue();
        assertThat(readiness.missing()).isEmpty();
    }

    @Test
    void givenOptionalLocalAccessManagersNeverRecorded_whenReadinessAsked_thenStillReady() {
        CsamProcedure procedure = allRequiredStepsDone();

        assertThat(procedure.records(CsamStep.LOCAL_ACCESS_MANAGERS)).isEmpty();
        assertThat(new GroupSetup(complete(), procedure).readiness(RULES).isReady()).isTrue();
    }

    @Test
    void givenWarningsOnly_whenReadinessAsked_thenNotReadyUntilEachIsAcknowledged() {
        GroupConfiguration configuration = stored(completeWith(Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, "300")));
        GroupSetup setup = new GroupSetup(configuration, allRequiredStepsDone());

        Readiness before = setup.readiness(RULES);
        GroupSetup acknowledged = ((AcknowledgementOutcome.Accepted) setup.acknowledge(
                "single-point-of-contact.not-christian", null, "The group deals with 300 by contract", RULES,
                TECHNICIAN, AT)).setup();

        assertThat(before.missing()).extracting(Readiness.Missing::kind, Readiness.Missing::key)
                .containsExactly(tuple(Readiness.Missing.Kind.WARNING, "single-point-of-contact"));
        assertThat(acknowledged.readiness(RULES).isReady()).isTrue();
    }

    @Test
    void givenNewSetup_whenStarted_thenProcedureNotStartedAndEveryRequiredStepMissing() {
        GroupSetup setup = GroupSetup.start(complete());

        assertThat(setup.procedure()).isEqualTo(CsamProcedure.notStarted());
        assertThat(setup.groupNumber()).isEqualTo(new GroupNumber("94123456001"));
        assertThat(setup.readiness(RULES).missing()).extracting(Readiness.Missing::kind, Readiness.Missing::step)
                .containsExactly(
                        tuple(Readiness.Missing.Kind.STEP, CsamStep.AUTHORITY),
                        tuple(Readiness.Missing.Kind.STEP, CsamStep.CSAM_LOGIN),
                        tuple(Readiness.Missing.Kind.STEP, CsamStep.PRINCIPAL_ACCESS_MANAGER),
                        tuple(Readiness.Missing.Kind.STEP, CsamStep.ACCESS_RIGHTS),
                        tuple(Readiness.Missing.Kind.STEP, CsamStep.NO_MANDATES));
    }

    @Test
    void givenFieldErrorsMissingFieldsAndStepsNotDone_whenReadinessAsked_thenErrorsThenMissingFieldsThenStepsEachInOrder() {
        Map<FieldKey, String> values = completeStoredValues();
        values.remove(FieldKey.PHONE);
        values.remove(FieldKey.COMPANY_NAME);
        values.put(FieldKey.SINGLE_POINT_OF_CONTACT, "13");
        values.put(FieldKey.IBAN, DUTCH_IBAN);
        values.put(FieldKey.BIC, "GEBABEBB");
        values.remove(FieldKey.STREET);
        CsamProcedure procedure = CsamProcedure.reconstitute(List.of(authority(), csamLogin()));

        Readiness readiness = new GroupSetup(stored(values), procedure).readiness(RULES);

        assertThat(readiness.isReady()).isFalse();
        assertThat(keys(readiness)).containsExactly(
                "bic", "single-point-of-contact",
                "company-name", "street", "phone",
                "iban",
                "principal-access-manager", "access-rights", "no-mandates");
        assertThat(readiness.missing()).extracting(Readiness.Missing::kind).containsExactly(
                Readiness.Missing.Kind.FIELD, Readiness.Missing.Kind.FIELD,
                Readiness.Missing.Kind.FIELD, Readiness.Missing.Kind.FIELD, Readiness.Missing.Kind.FIELD,
                Readiness.Missing.Kind.WARNING,
                Readiness.Missing.Kind.STEP, Readiness.Missing.Kind.STEP, Readiness.Missing.Kind.STEP);
    }

    @Test
    void givenFieldErrorAfterAMissingFieldOnScreen_whenReadinessAsked_thenTheErrorStillComesFirst() {
        Map<FieldKey, String> values = completeStoredValues();
        values.remove(FieldKey.COMPANY_NAME);
        values.put(FieldKey.ENTERPRISE_NUMBER, "0428759498");

        Readiness readiness = new GroupSetup(stored(values), allRequiredStepsDone()).readiness(RULES);

        assertThat(readiness.missing()).extracting(m -> m.finding().field(), m -> m.finding().code()).containsExactly(
                tuple(FieldKey.ENTERPRISE_NUMBER, "enterprise-number.checksum"),
                tuple(FieldKey.COMPANY_NAME, "required"));
    }

    @Test
    void givenFieldMissing_whenReadinessAsked_thenItCarriesTheRequiredFinding() {
        Map<FieldKey, String> values = completeStoredValues();
        values.remove(FieldKey.INAMI);

        Readiness.Missing missing = new GroupSetup(stored(values), allRequiredStepsDone()).readiness(RULES).missing().get(0);

        assertThat(missing.kind()).isEqualTo(Readiness.Missing.Kind.FIELD);
        assertThat(missing.key()).isEqualTo("inami");
        assertThat(missing.step()).isNull();
        assertThat(missing.finding()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(FieldKey.INAMI, Severity.ERROR, "required");
    }

    @Test
    void givenWarningsInTheConfiguration_whenReadinessAsked_thenOpenWarningsComeBeforeTheSteps() {
        GroupConfiguration configuration = stored(completeWith(Map.of(FieldKey.IBAN, DUTCH_IBAN, FieldKey.BIC, "ABNANL2A")));

        Readiness readiness = new GroupSetup(configuration, CsamProcedure.reconstitute(List.of(authority()))).readiness(RULES);

        assertThat(readiness.missing()).extracting(Readiness.Missing::kind).containsExactly(
                Readiness.Missing.Kind.WARNING, Readiness.Missing.Kind.STEP, Readiness.Missing.Kind.STEP,
                Readiness.Missing.Kind.STEP, Readiness.Missing.Kind.STEP);
        assertThat(readiness.missing().get(0).finding().code()).isEqualTo("iban.not-belgian");
    }

    @Test
    void givenAccessRightsGrantedOnlyInPart_whenReadinessAsked_thenAccessRightsAndWhatNeedsItMissing() {
        List<StepRecord> records = new ArrayList<>(List.of(authority(), csamLogin(), principal(),
                rights("Françoise D'Hondt", EnumSet.of(CsamService.BILLING)),
                rights("Jan Peeters", EnumSet.of(CsamService.INSURABILITY))));

        Readiness readiness = new GroupSetup(complete(), CsamProcedure.reconstitute(records)).readiness(RULES);

        assertThat(readiness.missing()).extracting(Readiness.Missing::step)
                .containsExactly(CsamStep.ACCESS_RIGHTS, CsamStep.NO_MANDATES);
    }

    @Test
    void givenAccessRightsSpreadOverSeveralPeople_whenEveryServiceGrantedToSomeone_thenReady() {
        CsamProcedure procedure = CsamProcedure.reconstitute(List.of(authority(), csamLogin(), principal(),
                rights("Françoise D'Hondt", EnumSet.of(CsamService.BILLING, CsamService.INSURABILITY)),
                rights("Jan Peeters", EnumSet.of(CsamService.MEDICO_ADMINISTRATIVE)),
                noMandates()));

        assertThat(new GroupSetup(complete(), procedure).readiness(RULES).isReady()).isTrue();
    }

    @Test
    void givenEveryStepDoneButAnEmptyConfiguration_whenReadinessAsked_thenRequiredFieldsThenTheDesignationToRecheck() {
        Readiness readiness = new GroupSetup(empty(), allRequiredStepsDone()).readiness(RULES);

        // the designation was checked against a nurse the configuration no longer names: to re-check
        assertThat(readiness.missing().get(14)).extracting(Readiness.Missing::kind, Readiness.Missing::step)
                .containsExactly(Readiness.Missing.Kind.STEP, CsamStep.PRINCIPAL_ACCESS_MANAGER);
        assertThat(readiness.missing().subList(0, 14)).allSatisfy(missing -> {
            assertThat(missing.kind()).isEqualTo(Readiness.Missing.Kind.FIELD);
            assertThat(missing.finding().code()).isEqualTo("required");
        });
        assertThat(keys(readiness).get(0)).isEqualTo("company-name");
        assertThat(keys(readiness).get(13)).isEqualTo("reference-care-provider");
    }

    @Test
    void givenStepsRecordedThroughTheProcedure_whenAllRequiredDone_thenReady() {
        GroupConfiguration configuration = complete();
        CsamProcedure procedure = CsamProcedure.notStarted();
        for (StepRequest request : List.of(
                StepRequest.of("authority").withPerson("Françoise D'Hondt").withRole("group-responsible"),
                StepRequest.of("csam-login").withPerson("D'HONDT Françoise Marie"),
                StepRequest.of("principal-access-manager").withPerson("Jan Peeters"),
                StepRequest.of("access-rights").withPerson("Jan Peeters")
                        .withServices(List.of("billing", "insurability", "medico-administrative")))) {
            procedure = recorded(procedure.record(request, configuration, TECHNICIAN, AT));
        }
        GroupSetup almost = new GroupSetup(configuration, procedure);
        GroupSetup done = almost.with(recorded(procedure.record(StepRequest.of("no-mandates"), configuration, TECHNICIAN, AT)));

        assertThat(almost.readiness(RULES).missing()).extracting(Readiness.Missing::key).containsExactly("no-mandates");
        assertThat(done.readiness(RULES).isReady()).isTrue();
    }

    private static CsamProcedure recorded(CsamOutcome outcome) {
        assertThat(outcome).isInstanceOf(CsamOutcome.Accepted.class);
        return ((CsamOutcome.Accepted) outcome).procedure();
    }

    @Test
    void givenSetup_whenConfigurationOrProcedureReplaced_thenTheOtherPartKept() {
        GroupSetup setup = GroupSetup.start(empty());

        GroupSetup withConfiguration = setup.with(complete());
        GroupSetup withProcedure = withConfiguration.with(allRequiredStepsDone());

        assertThat(withConfiguration.procedure()).isEqualTo(CsamProcedure.notStarted());
        assertThat(withProcedure.configuration()).isEqualTo(complete());
        assertThat(withProcedure.readiness(RULES).isReady()).isTrue();
    }
}
