package be.groupsetup.domain.csam;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static be.groupsetup.domain.csam.CsamFixtures.ALL_ROLES;
import static be.groupsetup.domain.csam.CsamFixtures.ALL_SERVICES;
import static be.groupsetup.domain.csam.CsamFixtures.ALL_STEP_IDS;
import static be.groupsetup.domain.csam.CsamFixtures.AT;
import static be.groupsetup.domain.csam.CsamFixtures.CONFIGURATION;
import static be.groupsetup.domain.csam.CsamFixtures.TECHNICIAN;
import static be.groupsetup.domain.csam.CsamFixtures.accepted;
import static be.groupsetup.domain.csam.CsamFixtures.accessRights;
import static be.groupsetup.domain.csam.CsamFixtures.assertRefusedWith;
import static be.groupsetup.domain.csam.CsamFixtures.throughPrincipal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules.md §2.1: steps, roles and services typed in English, French or Dutch whatever the language in force,
 * case and accents set aside; what is stored (and what a refusal's arguments hold) stays the English id.
 */
class CsamWordsInThreeLanguagesTest {

    @ParameterizedTest
    @CsvSource({
            "autorite, AUTHORITY", "Autorité, AUTHORITY", "autoriteit, AUTHORITY",
            "connexion-csam, CSAM_LOGIN", "Connexion CSAM, CSAM_LOGIN", "csam-aanmelding, CSAM_LOGIN",
            "gestionnaire-principal, PRINCIPAL_ACCESS_MANAGER", "HOOFDTOEGANGSBEHEERDER, PRINCIPAL_ACCESS_MANAGER",
            "gestionnaires-locaux, LOCAL_ACCESS_MANAGERS", "lokale_toegangsbeheerders, LOCAL_ACCESS_MANAGERS",
            "droits-d-acces, ACCESS_RIGHTS", "Droits d’accès, ACCESS_RIGHTS", "droits d'accès, ACCESS_RIGHTS",
            "toegangsrechten, ACCESS_RIGHTS",
            "aucun-mandat, NO_MANDATES", "Aucun mandat, NO_MANDATES", "geen-mandaten, NO_MANDATES"})
    void givenStepIdInFrenchOrDutch_whenLookedUp_thenThatStep(String typed, CsamStep expected) {
        assertThat(CsamStep.lookup(typed)).isEqualTo(new CsamStep.Lookup.Step(expected));
        assertThat(CsamStep.byName(typed)).contains(expected);
        assertThat(CsamStep.byId(typed)).as("a stored id is read exactly").isEmpty();
    }

    @Test
    void givenEachLanguage_whenStepIdsListed_thenInProcedureOrder() {
        assertThat(String.join(", ", CsamStep.ids("en"))).isEqualTo(ALL_STEP_IDS);
        assertThat(CsamStep.ids("fr")).containsExactly("autorite", "connexion-csam", "gestionnaire-principal",
                "gestionnaires-locaux", "droits-d-acces", "aucun-mandat");
        assertThat(CsamStep.ids("nl")).containsExactly("autoriteit", "csam-aanmelding", "hoofdtoegangsbeheerder",
                "lokale-toegangsbeheerders", "toegangsrechten", "geen-mandaten");
        assertThat(CsamStep.ids("de")).isEqualTo(CsamStep.ids("en"));
    }

    @ParameterizedTest
    @EnumSource(CsamStep.class)
    void givenEachStepsIdInEachLanguage_whenLookedUp_thenThatStep(CsamStep step) {
        for (String language : List.of("en", "fr", "nl")) {
            assertThat(CsamStep.byName(step.id(language))).contains(step);
            assertThat(CsamStep.byName(step.id(language).toUpperCase())).contains(step);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mandat", "mandats", "Mandaten", "pas-de-mandat", "mandat-de-gestion", "volmacht-mandaat",
            "mandataire", "MANDAAT"})
    void givenMandateWordInAnyLanguage_whenRecorded_thenStillRefusedWithTheMandateReason(String typed) {
        CsamOutcome outcome = CsamProcedure.notStarted()
                .record(StepRequest.of(typed).withPerson("Anne Dupont"), CONFIGURATION, TECHNICIAN, AT);

        assertRefusedWith(outcome, "csam.mandate", typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"authorite", "connexion-eid", "gestionnaire", "droits"})
    void givenUnknownWord_whenRecorded_thenRefusedListingTheEnglishIdsAsArguments(String typed) {
        CsamOutcome outcome = CsamProcedure.notStarted().record(StepRequest.of(typed), CONFIGURATION, TECHNICIAN, AT);

        assertRefusedWith(outcome, "csam.step.unknown", typed, ALL_STEP_IDS);
    }

    @ParameterizedTest
    @CsvSource({
            "responsable-du-groupe, GROUP_RESPONSIBLE", "Responsable du groupe, GROUP_RESPONSIBLE",
            "responsable-du-groupement, GROUP_RESPONSIBLE", "groepsverantwoordelijke, GROUP_RESPONSIBLE",
            "utilisateur-local, LOCAL_USER", "Utilisateur_Local, LOCAL_USER", "lokale-gebruiker, LOCAL_USER",
            "Lokale gebruiker, LOCAL_USER"})
    void givenRoleInFrenchOrDutch_whenAuthorityRecordedFromFrenchStepId_thenStoredWithTheStableRole(String typed,
                                                                                                AuthorityRole expected) {
        CsamOutcome.Accepted outcome = accepted(CsamProcedure.notStarted().record(StepRequest.of("autorité")
                .withPerson("Anne Dupont").withRole(typed), CONFIGURATION, TECHNICIAN, AT));

        StepRecord recorded = outcome.added().get(0);
        assertThat(recorded.step()).isEqualTo(CsamStep.AUTHORITY);
        assertThat(recorded.role()).isEqualTo(expected);
        assertThat(recorded.role().id()).isIn("group-responsible", "local-user");
    }

    @Test
    void givenRoles_whenListedPerLanguage_thenTheIdsOfThatLanguage() {
        assertThat(String.join(", ", AuthorityRole.ids("en"))).isEqualTo(ALL_ROLES);
        assertThat(AuthorityRole.ids("fr")).containsExactly("responsable-du-groupe", "utilisateur-local");
        assertThat(AuthorityRole.ids("nl")).containsExactly("groepsverantwoordelijke", "lokale-gebruiker");
        assertThat(AuthorityRole.byId("responsable-du-groupe")).as("a stored id is read exactly").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"responsable", "verantwoordelijke", "utilisateur", "gebruiker", "gestionnaire-local"})
    void givenAnotherRoleInFrenchOrDutch_whenAuthorityRecorded_thenRefusedListingTheStableIds(String typed) {
        CsamOutcome outcome = CsamProcedure.notStarted().record(StepRequest.of("autoriteit")
                .withPerson("Anne Dupont").withRole(typed), CONFIGURATION, TECHNICIAN, AT);

        assertRefusedWith(outcome, "csam.authority.role", typed, ALL_ROLES);
    }

    @ParameterizedTest
    @CsvSource({
            "facturation, BILLING", "Facturatie, BILLING",
            "assurabilite, INSURABILITY", "Assurabilité, INSURABILITY", "verzekerbaarheid, INSURABILITY",
            "medico-administratif, MEDICO_ADMINISTRATIVE", "Médico-administratif, MEDICO_ADMINISTRATIVE",
            "medisch-administratief, MEDICO_ADMINISTRATIVE", "MEDISCH ADMINISTRATIEF, MEDICO_ADMINISTRATIVE"})
    void givenServiceInFrenchOrDutch_whenLookedUp_thenThatService(String typed, CsamService expected) {
        assertThat(CsamService.byName(typed)).contains(expected);
    }

    @Test
    void givenServicesInThreeLanguages_whenGranted_thenStoredWithTheStableIds() {
        CsamOutcome.Accepted outcome = accepted(throughPrincipal().record(
                accessRights("Paul Janssens", "facturation", "verzekerbaarheid", "medico-administrative"),
                CONFIGURATION, TECHNICIAN, AT));

        assertThat(outcome.added().get(0).services()).containsExactlyInAnyOrder(CsamService.values());
        assertThat(String.join(", ", CsamService.ids("en"))).isEqualTo(ALL_SERVICES);
        assertThat(CsamService.ids("fr")).containsExactly("facturation", "assurabilite", "medico-administratif");
        assertThat(CsamService.ids("nl")).containsExactly("facturatie", "verzekerbaarheid", "medisch-administratief");
    }

    @Test
    void givenAnUnknownServiceInFrench_whenGranted_thenRefusedListingTheStableIds() {
        assertRefusedWith(throughPrincipal().record(accessRights("Paul Janssens", "facturation", "pharmacie"),
                CONFIGURATION, TECHNICIAN, AT), "csam.access-rights.service", "pharmacie", ALL_SERVICES);
    }
}
