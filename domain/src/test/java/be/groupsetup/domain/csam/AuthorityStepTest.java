package be.groupsetup.domain.csam;

import be.groupsetup.domain.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static be.groupsetup.domain.csam.CsamFixtures.ALL_ROLES;
import static be.groupsetup.domain.csam.CsamFixtures.AT;
import static be.groupsetup.domain.csam.CsamFixtures.CONFIGURATION;
import static be.groupsetup.domain.csam.CsamFixtures.TECHNICIAN;
import static be.groupsetup.domain.csam.CsamFixtures.accepted;
import static be.groupsetup.domain.csam.CsamFixtures.assertRefusedWith;
import static be.groupsetup.domain.csam.CsamFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** docs/rules.md §2.1, step 1: who performs the procedure, as the group's responsible or an existing local user. */
class AuthorityStepTest {

    private static CsamOutcome record(StepRequest request) {
        return CsamProcedure.notStarted().record(request, CONFIGURATION, TECHNICIAN, AT);
    }

    @ParameterizedTest
    @CsvSource({"group-responsible, GROUP_RESPONSIBLE", "local-user, LOCAL_USER"})
    void givenPersonAndAllowedRole_whenRecordingAuthority_thenRecordedWithThatRole(String role, AuthorityRole expected) {
        CsamOutcome.Accepted outcome = accepted(record(StepRequest.of("authority").withPerson("Anne Dupont")
                .withRole(role)));

        StepRecord recorded = outcome.procedure().latest(CsamStep.AUTHORITY).orElseThrow();
        assertThat(recorded.person()).isEqualTo("Anne Dupont");
        assertThat(recorded.role()).isEqualTo(expected);
        assertThat(outcome.added()).containsExactly(recorded);
        assertThat(outcome.removed()).isEmpty();
        assertThat(outcome.findings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Group-Responsible, GROUP_RESPONSIBLE", "LOCAL_USER, LOCAL_USER", "' local-user ', LOCAL_USER",
            "group responsible, GROUP_RESPONSIBLE"})
    void givenAllowedRoleTypedInAnotherForm_whenRecordingAuthority_thenAccepted(String typed, AuthorityRole expected) {
        CsamOutcome.Accepted outcome = accepted(record(StepRequest.of("authority").withPerson("Anne Dupont")
                .withRole(typed)));

        assertThat(outcome.added()).singleElement().extracting(StepRecord::role).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nurse", "access-manager", "principal-access-manager", "mandataire", "responsible"})
    void givenAnotherRole_whenRecordingAuthority_thenRefusedNamingTheTwoAllowedRoles(String role) {
        assertRefusedWith(record(StepRequest.of("authority").withPerson("Anne Dupont").withRole(role)),
                "csam.authority.role", role, ALL_ROLES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void givenNoRole_whenRecordingAuthority_thenRefusedAsRoleRequiredNamingTheAllowedRoles(String role) {
        assertRefusedWith(record(StepRequest.of("authority").withPerson("Anne Dupont").withRole(role)),
                "csam.authority.role-required", ALL_ROLES);
    }

    @Test
    void givenNullRole_whenRecordingAuthority_thenRefusedAsRoleRequired() {
        assertRefusedWith(record(StepRequest.of("authority").withPerson("Anne Dupont")),
                "csam.authority.role-required", ALL_ROLES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \t "})
    void givenBlankPerson_whenRecordingAuthority_thenRefusedAsPersonRequired(String person) {
        assertRefusedWith(record(StepRequest.of("authority").withPerson(person).withRole("local-user")),
                "csam.person.required", "authority");
    }

    @Test
    void givenNoPerson_whenRecordingAuthority_thenRefusedAsPersonRequired() {
        assertRefusedWith(record(StepRequest.of("authority").withRole("group-responsible")),
                "csam.person.required", "authority");
    }

    @Test
    void givenNeitherPersonNorRole_whenRecordingAuthority_thenBothProblemsReported() {
        List<Finding> findings = refusal(record(StepRequest.of("authority")));

        assertThat(findings).extracting(Finding::code, Finding::arguments).containsExactlyInAnyOrder(
                tuple("csam.person.required", List.of("authority")),
                tuple("csam.authority.role-required", List.of(ALL_ROLES)));
    }

    @Test
    void givenNoPersonAndAnUnknownRole_whenRecordingAuthority_thenBothProblemsReported() {
        List<Finding> findings = refusal(record(StepRequest.of("authority").withRole("nurse")));

        assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrder(
                "csam.person.required", "csam.authority.role");
    }

    @Test
    void givenAuthorityRefused_whenLookingAtTheProcedure_thenNothingRecorded() {
        CsamProcedure before = CsamProcedure.notStarted();
        before.record(StepRequest.of("authority").withPerson("Anne Dupont").withRole("nurse"), CONFIGURATION,
                TECHNICIAN, AT);

        assertThat(before.records()).isEmpty();
        assertThat(before.state(CsamStep.AUTHORITY)).isEqualTo(StepState.TO_DO);
    }
}
