package be.groupsetup.domain.csam;

import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static be.groupsetup.domain.csam.CsamFixtures.AT;
import static be.groupsetup.domain.csam.CsamFixtures.CONFIGURATION;
import static be.groupsetup.domain.csam.CsamFixtures.NURSE_EID;
import static be.groupsetup.domain.csam.CsamFixtures.OTHER_PERSON;
import static be.groupsetup.domain.csam.CsamFixtures.TECHNICIAN;
import static be.groupsetup.domain.csam.CsamFixtures.accepted;
import static be.groupsetup.domain.csam.CsamFixtures.after;
import static be.groupsetup.domain.csam.CsamFixtures.assertRefusedWith;
import static be.groupsetup.domain.csam.CsamFixtures.configurationOf;
import static be.groupsetup.domain.csam.CsamFixtures.configurationWithoutNames;
import static be.groupsetup.domain.csam.CsamFixtures.designated;
import static be.groupsetup.domain.csam.CsamFixtures.existingPrincipal;
import static be.groupsetup.domain.csam.CsamFixtures.login;
import static be.groupsetup.domain.csam.CsamFixtures.onlyError;
import static be.groupsetup.domain.csam.CsamFixtures.throughAuthority;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules.md §2.1, step 3: a principal access manager already existed, or was designated now, in which case the
 * person logged in at csam-login must be the group's representing nurse (or the technician confirms the identity).
 */
class PrincipalAccessManagerStepTest {

    private static CsamProcedure loggedIn(String person) {
        return after(throughAuthority(), login(person));
    }

    private static StepRecord onlyAdded(CsamOutcome.Accepted outcome) {
        assertThat(outcome.added()).hasSize(1);
        return outcome.added().get(0);
    }

    @Nested
    class AlreadyExisting {

        @Test
        void givenSomeoneElseLoggedIn_whenRecordingExistingPrincipal_thenAcceptedWithoutNameCheck() {
            CsamOutcome.Accepted outcome = accepted(loggedIn(OTHER_PERSON).record(existingPrincipal(), CONFIGURATION,
                    TECHNICIAN, AT));

            StepRecord recorded = onlyAdded(outcome);
            assertThat(recorded.step()).isEqualTo(CsamStep.PRINCIPAL_ACCESS_MANAGER);
            assertThat(recorded.existing()).isTrue();
            assertThat(recorded.identityConfirmed()).isFalse();
            assertThat(outcome.findings()).isEmpty();
            assertThat(outcome.procedure().isDone(CsamStep.PRINCIPAL_ACCESS_MANAGER)).isTrue();
        }

        @Test
        void givenRepresentativeNamesNotSet_whenRecordingExistingPrincipal_thenAccepted() {
            CsamOutcome.Accepted outcome = accepted(loggedIn(OTHER_PERSON).record(existingPrincipal(),
                    configurationWithoutNames(), TECHNICIAN, AT));

            assertThat(onlyAdded(outcome).existing()).isTrue();
            assertThat(outcome.findings()).isEmpty();
        }

        @Test
        void givenExistingPrincipalNamed_whenRecorded_thenThePersonIsKept() {
            CsamOutcome.Accepted outcome = accepted(loggedIn(OTHER_PERSON).record(
                    existingPrincipal().withPerson("Paul Janssens"), CONFIGURATION, TECHNICIAN, AT));

            assertThat(onlyAdded(outcome).person()).isEqualTo("Paul Janssens");
            assertThat(onlyAdded(outcome).existing()).isTrue();
        }
    }

    @Nested
    class DesignatedNow {

        @Test
        void givenNurseLoggedIn_whenDesignatingHerself_thenAcceptedWithoutWarning() {
            CsamOutcome.Accepted outcome = accepted(loggedIn(NURSE_EID).record(designated(NURSE_EID), CONFIGURATION,
                    TECHNICIAN, AT));

            StepRecord recorded = onlyAdded(outcome);
            assertThat(recorded.person()).isEqualTo(NURSE_EID);
            assertThat(recorded.existing()).isFalse();
            assertThat(recorded.identityConfirmed()).isFalse();
            assertThat(outcome.findings()).isEmpty();
            assertThat(outcome.procedure().isDone(CsamStep.PRINCIPAL_ACCESS_MANAGER)).isTrue();
        }

        @Test
        void givenNurseLoggedIn_whenDesignatingSomeoneElse_thenAcceptedBecauseTheDesignatedMayBeAnyone() {
            CsamOutcome.Accepted outcome = accepted(loggedIn(NURSE_EID).record(designated("Paul Janssens"),
                    CONFIGURATION, TECHNICIAN, AT));

            assertThat(onlyAdded(outcome).person()).isEqualTo("Paul Janssens");
            assertThat(outcome.findings()).isEmpty();
        }

        @Test
        void givenNurseLoggedIn_whenDesignatingWithoutPerson_thenRefusedAsPersonRequired() {
            assertRefusedWith(loggedIn(NURSE_EID).record(StepRequest.of("principal-access-manager"), CONFIGURATION,
                    TECHNICIAN, AT), "csam.principal-access-manager.person-required");
        }

        @Test
        void givenLoggedInPersonIsNotTheNurse_whenDesignatingPrincipal_thenRefusedNamingTheNurse() {
            assertRefusedWith(loggedIn(OTHER_PERSON).record(designated(OTHER_PERSON), CONFIGURATION, TECHNICIAN, AT),
                    "csam.principal-access-manager.not-representative", OTHER_PERSON, "Anne Dupont");
        }

        @Test
        void givenLoggedInPersonIsNotTheNurse_whenDesignatingTheNurse_thenStillRefusedBecauseTheLoginIsWhatCounts() {
            assertRefusedWith(loggedIn(OTHER_PERSON).record(designated(NURSE_EID), CONFIGURATION, TECHNICIAN, AT),
                    "csam.principal-access-manager.not-representative", OTHER_PERSON, "Anne Dupont");
        }

        @Test
        void givenRefusal_whenNamingWhoMustLogIn_thenTheConfigurationsNamesAreGivenAsTyped() {
            GroupConfiguration configuration = configurationOf("Marie-Claire", "D'Hondt");

            assertRefusedWith(loggedIn(OTHER_PERSON).record(designated(OTHER_PERSON), configuration, TECHNICIAN, AT),
                    "csam.principal-access-manager.not-representative", OTHER_PERSON, "Marie-Claire D'Hondt");
        }

        @Test
        void givenLoggedInPersonIsNotTheNurseButTechnicianConfirms_whenDesignating_thenAcceptedWithWarning() {
            CsamOutcome.Accepted outcome = accepted(loggedIn(OTHER_PERSON).record(designated(OTHER_PERSON)
                    .asConfirmed(), CONFIGURATION, TECHNICIAN, AT));

            StepRecord recorded = onlyAdded(outcome);
            assertThat(recorded.identityConfirmed()).isTrue();
            assertThat(recorded.person()).isEqualTo(OTHER_PERSON);
            assertThat(outcome.procedure().records(CsamStep.PRINCIPAL_ACCESS_MANAGER)).containsExactly(recorded);
            assertThat(outcome.findings()).singleElement().satisfies(warning -> {
                assertThat(warning.severity()).isEqualTo(Severity.WARNING);
                assertThat(warning.code()).isEqualTo("csam.principal-access-manager.identity-confirmed");
                assertThat(warning.arguments()).containsExactly(OTHER_PERSON, "Anne Dupont");
            });
        }

        @Test
        void givenNamesMatchAndTechnicianConfirmsAnyway_whenDesignating_thenAcceptedWithoutConfirmationWarning() {
            CsamOutcome.Accepted outcome = accepted(loggedIn(NURSE_EID).record(designated(NURSE_EID).asConfirmed(),
                    CONFIGURATION, TECHNICIAN, AT));

            assertThat(onlyAdded(outcome).identityConfirmed()).isFalse();
            assertThat(outcome.findings()).isEmpty();
        }

        @Test
        void givenRepresentativeNamesNotSet_whenDesignating_thenRefusedAsRepresentativeUnknown() {
            assertRefusedWith(loggedIn(NURSE_EID).record(designated(NURSE_EID), configurationWithoutNames(),
                    TECHNICIAN, AT), "csam.principal-access-manager.representative-unknown", NURSE_EID);
        }

        @Test
        void givenOnlyTheFirstNameSet_whenDesignating_thenRefusedAsRepresentativeUnknown() {
            GroupConfiguration firstNameOnly = GroupConfiguration.reconstitute(new GroupNumber("94123456001"),
                    Map.of(FieldKey.FIRST_NAME, "Anne"));

            assertRefusedWith(loggedIn(NURSE_EID).record(designated(NURSE_EID), firstNameOnly, TECHNICIAN, AT),
                    "csam.principal-access-manager.representative-unknown", NURSE_EID);
        }

        @Test
        void givenRepresentativeNamesNotSetButTechnicianConfirms_whenDesignating_thenAcceptedWithWarning() {
            CsamOutcome.Accepted outcome = accepted(loggedIn(NURSE_EID).record(designated(NURSE_EID).asConfirmed(),
                    configurationWithoutNames(), TECHNICIAN, AT));

            assertThat(onlyAdded(outcome).identityConfirmed()).isTrue();
            assertThat(outcome.findings()).singleElement().satisfies(warning -> {
                assertThat(warning.severity()).isEqualTo(Severity.WARNING);
                assertThat(warning.code()).isEqualTo("csam.principal-access-manager.identity-confirmed");
                assertThat(warning.arguments()).first().isEqualTo(NURSE_EID);
            });
        }

        @Test
        void givenConfigurationReconstitutedFromStorage_whenNurseLoggedIn_thenDesignationAccepted() {
            GroupConfiguration stored = GroupConfiguration.reconstitute(new GroupNumber("94123456001"),
                    Map.of(FieldKey.FIRST_NAME, "Anne", FieldKey.LAST_NAME, "Dupont"));

            accepted(loggedIn(NURSE_EID).record(designated(NURSE_EID), stored, TECHNICIAN, AT));
        }
    }

    @Nested
    class NameMatching {

        private CsamOutcome designate(String firstName, String lastName, String loggedInName) {
            return loggedIn(loggedInName).record(designated(loggedInName), configurationOf(firstName, lastName),
                    TECHNICIAN, AT);
        }

        @ParameterizedTest(name = "{0} {1} logged in as \"{2}\"")
        @CsvSource(delimiter = '|', value = {
                "Anne | Dupont | Anne Dupont",
                "Anne | Dupont | anne dupont",
                "Anne | Dupont | DUPONT Anne",
                "Anne | Dupont | DUPONT Anne Marie Ghislaine",
                "Anne | Dupont | Marie Anne Ghislaine Dupont",
                "Anne | Dupont | 'Dupont, Anne.'",
                "Anne Marie | Dupont | Marie DUPONT Anne",
                "Françoise | Lefèvre | LEFEVRE FRANCOISE",
                "Francoise | Lefevre | Lefèvre Françoise",
                "Hélène | Çelik | CELIK Helene",
                "Marie | D'Hondt | DHONDT Marie Louise",
                "Marie | DHONDT | 'D''Hondt Marie'",
                "Marie | D’Hondt | D'HONDT MARIE",
                "Marie | D'Hondt | D HONDT Marie",
                "Anne | Van den Berg | VAN DEN BERG Anne",
                "Anne | Van den Berg | VANDENBERG Anne Sophie",
                "Anne | Vandenberg | Van den Berg Anne",
                "Anne | van den berg | Anne Van Den Berg",
                "Marie-Claire | Dupont | DUPONT Marie Claire",
                "Marie-Claire | Dupont | Dupont Marie-Claire Josée",
                "Marie-Claire | Dupont | DUPONT MARIECLAIRE",
                "Jean-Pierre | Lefèvre-Martin | LEFEVRE-MARTIN Jean-Pierre Ghislain",
                "Jean-Pierre | Lefèvre-Martin | Martin Lefevre Jean Pierre"})
        void givenLoggedInNameContainingEveryWordOfTheNurse_whenDesignating_thenAccepted(
                String firstName, String lastName, String loggedInName) {
            CsamOutcome.Accepted outcome = accepted(designate(firstName, lastName, loggedInName));

            assertThat(outcome.findings()).isEmpty();
            assertThat(outcome.added().get(0).identityConfirmed()).isFalse();
            assertThat(NameMatcher.isRepresentative(firstName, lastName, loggedInName)).isTrue();
        }

        @ParameterizedTest(name = "{0} {1} logged in as \"{2}\"")
        @CsvSource(delimiter = '|', value = {
                "Anne | Dupont | Luc Martin",
                "Anne | Dupont | Anne",
                "Anne | Dupont | Dupont",
                "Anne | Dupont | Anne Martin",
                "Anne | Dupont | Jean Dupont",
                "Ann | Dupont | Anne Dupont",
                "Anne | Dupont | Ann Dupont",
                "Anne | Dupont | Anne Dupontel",
                "Anne | Dupont | Annemarie Dupont",
                "Marie-Claire | Dupont | Marie Dupont",
                "Marie-Claire | Dupont | Claire Dupont",
                "Anne | Van den Berg | Anne Berg",
                "Anne | Van den Berg | Anne Van Berg",
                "Marie | D'Hondt | Marie Hondt",
                "Jean-Pierre | Lefèvre-Martin | Jean-Pierre Martin"})
        void givenLoggedInNameMissingAWordOfTheNurse_whenDesignating_thenRefusedNamingTheNurse(
                String firstName, String lastName, String loggedInName) {
            Finding error = onlyError(designate(firstName, lastName, loggedInName));

            assertThat(error.code()).isEqualTo("csam.principal-access-manager.not-representative");
            assertThat(error.arguments()).containsExactly(loggedInName, firstName + " " + lastName);
            assertThat(NameMatcher.isRepresentative(firstName, lastName, loggedInName)).isFalse();
        }

        @Test
        void givenBlankLoggedInName_whenMatched_thenNotTheRepresentative() {
            assertThat(NameMatcher.isRepresentative("Anne", "Dupont", "")).isFalse();
            assertThat(NameMatcher.isRepresentative("Anne", "Dupont", null)).isFalse();
            assertThat(NameMatcher.isRepresentative("Anne", "Dupont", "  ,. ")).isFalse();
        }
    }
}
