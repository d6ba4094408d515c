package be.groupsetup.domain.csam;

import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.configuration.ConfigurationFixtures;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.value.GroupNumber;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared builders for the CSAM procedure tests: a fixed technician and instant, never the clock. */
final class CsamFixtures {

    static final String TECHNICIAN = "Jeanne Technicienne";
    static final Instant AT = Instant.parse("2025-01-15T09:30:00Z");

    static final String NURSE_FIRST_NAME = "Anne";
    static final String NURSE_LAST_NAME = "Dupont";
    /** The representing nurse as her eID shows her: every given name, last name first, upper case. */
    static final String NURSE_EID = "DUPONT Anne Marie Ghislaine";
    static final String OTHER_PERSON = "Luc Martin";

    static final String ALL_STEP_IDS =
            "authority, csam-login, principal-access-manager, local-access-managers, access-rights, no-mandates";
    static final String ALL_ROLES = "group-responsible, local-user";
    static final String ALL_SERVICES = "billing, insurability, medico-administrative";

    static final GroupConfiguration CONFIGURATION = configurationOf(NURSE_FIRST_NAME, NURSE_LAST_NAME);

    private CsamFixtures() {
    }

    /** A configuration whose representing nurse has these names, set through the ordinary change. */
    static GroupConfiguration configurationOf(String firstName, String lastName) {
        GroupConfiguration created = GroupConfiguration.create("94123456001").value();
        ChangeOutcome outcome = created.change(Map.of(FieldKey.FIRST_NAME, firstName, FieldKey.LAST_NAME, lastName),
                ConfigurationRules.standard(ConfigurationFixtures.CLOCK));
        assertThat(outcome).as("names accepted by the configuration").isInstanceOf(ChangeOutcome.Accepted.class);
        return ((ChangeOutcome.Accepted) outcome).configuration();
    }

    /** A configuration in which the representing nurse's names are not set. */
    static GroupConfiguration configurationWithoutNames() {
        return GroupConfiguration.reconstitute(new GroupNumber("94123456001"), Map.of());
    }

    // ---- requests -------------------------------------------------------------------------------------------

    static StepRequest authority() {
        return StepRequest.of("authority").withPerson(NURSE_EID).withRole("group-responsible");
    }

    static StepRequest login(String person) {
        return StepRequest.of("csam-login").withPerson(person);
    }

    static StepRequest designated(String person) {
        return StepRequest.of("principal-access-manager").withPerson(person);
    }

    static StepRequest existingPrincipal() {
        return StepRequest.of("principal-access-manager").asExisting();
    }

    static StepRequest localManager(String person) {
        return StepRequest.of("local-access-managers").withPerson(person);
    }

    static StepRequest localManagersSkipped() {
        return StepRequest.of("local-access-managers").asSkipped();
    }

    static StepRequest accessRights(String person, String... services) {
        return StepRequest.of("access-rights").withPerson(person).withServices(Arrays.asList(services));
    }

    static StepRequest allServicesFor(String person) {
        return accessRights(person, "billing", "insurability", "medico-administrative");
    }

    static StepRequest noMandates() {
        return StepRequest.of("no-mandates");
    }

    // ---- procedures -----------------------------------------------------------------------------------------

    /** The procedure after each request, every one of which must be accepted. */
    static CsamProcedure after(CsamProcedure start, StepRequest... requests) {
        CsamProcedure procedure = start;
        for (StepRequest request : requests) {
            procedure = accepted(procedure.record(request, CONFIGURATION, TECHNICIAN, AT)).procedure();
        }
        return procedure;
    }

    static CsamProcedure recorded(StepRequest... requests) {
        return after(CsamProcedure.notStarted(), requests);
    }

    static CsamProcedure throughAuthority() {
        return recorded(authority());
    }

    static CsamProcedure throughLogin() {
        return recorded(authority(), login(NURSE_EID));
    }

    /** Steps 1–3, the principal access manager designated now (the nurse logged in). */
    static CsamProcedure throughPrincipal() {
        return recorded(authority(), login(NURSE_EID), designated(NURSE_EID));
    }

    /** The five required steps done, local access managers not recorded. */
    static CsamProcedure completeWithoutLocalManagers() {
        return after(throughPrincipal(), allServicesFor(NURSE_EID), noMandates());
    }

    /** Every step recorded, local access managers included. */
    static CsamProcedure everyStepRecorded() {
        return after(throughPrincipal(), localManager(OTHER_PERSON), allServicesFor(NURSE_EID), noMandates());
    }

    // ---- outcomes -------------------------------------------------------------------------------------------

    static CsamOutcome.Accepted accepted(CsamOutcome outcome) {
        assertThat(outcome).as("outcome (findings: %s)", outcome.findings()).isInstanceOf(CsamOutcome.Accepted.class);
        return (CsamOutcome.Accepted) outcome;
    }

    static List<Finding> refusal(CsamOutcome outcome) {
        assertThat(outcome).isInstanceOf(CsamOutcome.Refused.class);
        assertThat(outcome.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        return outcome.findings();
    }

    /** The single error of a refusal, with its code and arguments. */
    static Finding onlyError(CsamOutcome outcome) {
        List<Finding> findings = refusal(outcome);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    static void assertRefusedWith(CsamOutcome outcome, String code, String... arguments) {
        Finding error = onlyError(outcome);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.arguments()).containsExactly(arguments);
    }
}
