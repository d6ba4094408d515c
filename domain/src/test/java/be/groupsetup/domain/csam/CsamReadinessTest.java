package be.groupsetup.domain.csam;

import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.configuration.ConfigurationFixtures;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.setup.Readiness;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static be.groupsetup.domain.csam.CsamFixtures.completeWithoutLocalManagers;
import static be.groupsetup.domain.csam.CsamFixtures.throughLogin;
import static be.groupsetup.domain.csam.CsamFixtures.throughPrincipal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * docs/rules.md §3.1, readiness: ready when the configuration is complete and the five required steps are done;
 * otherwise field errors, then missing required fields, then CSAM steps not done (procedure order).
 */
class CsamReadinessTest {

    private static final ConfigurationRules RULES = ConfigurationRules.standard(ConfigurationFixtures.CLOCK);

    private static Map<FieldKey, String> completeValues() {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        values.put(FieldKey.COMPANY_NAME, "Soins à Domicile Dupont SRL");
        values.put(FieldKey.CITY, "Bruxelles");
        values.put(FieldKey.POSTAL_CODE, "1000");
        values.put(FieldKey.STREET, "Rue Neuve 1");
        values.put(FieldKey.IBAN, "BE35 3101 2345 6737");
        values.put(FieldKey.BIC, "BBRUBEBB");
        values.put(FieldKey.FIRST_NAME, "Anne");
        values.put(FieldKey.LAST_NAME, "Dupont");
        values.put(FieldKey.PHONE, "0470 12 34 56");
        values.put(FieldKey.SUBSCRIPTION_TYPE, "M-2025-001");
        values.put(FieldKey.INAMI, "41234502001");
        values.put(FieldKey.ENTERPRISE_NUMBER, "0428759497");
        values.put(FieldKey.SINGLE_POINT_OF_CONTACT, "135");
        values.put(FieldKey.REFERENCE_CARE_PROVIDER, "41234502001");
        return values;
    }

    private static GroupConfiguration completeConfiguration() {
        ChangeOutcome outcome = GroupConfiguration.create("94123456001").value().change(completeValues(), RULES);
        assertThat(outcome).as("findings: %s", outcome.findings()).isInstanceOf(ChangeOutcome.Accepted.class);
        GroupConfiguration configuration = ((ChangeOutcome.Accepted) outcome).configuration();
        assertThat(configuration.isComplete(RULES)).as("findings: %s", configuration.check(RULES)).isTrue();
        return configuration;
    }

    @Test
    void givenCompleteConfigurationAndFiveRequiredSteps_whenAskingReadiness_thenReady() {
        Readiness readiness = new GroupSetup(completeConfiguration(), completeWithoutLocalManagers()).readiness(RULES);

        assertThat(readiness.isReady()).isTrue();
        assertThat(readiness.missing()).isEmpty();
    }

    @Test
    void givenCompleteConfigurationAndNoStep_whenAskingReadiness_thenTheFiveRequiredStepsInProcedureOrder() {
        Readiness readiness = GroupSetup.start(completeConfiguration()).readiness(RULES);

        assertThat(readiness.isReady()).isFalse();
        assertThat(readiness.missing()).extracting(Readiness.Missing::kind, Readiness.Missing::key, Readiness.Missing::step)
                .containsExactly(
                        tuple(Readiness.Missing.Kind.STEP, "authority", CsamStep.AUTHORITY),
                        tuple(Readiness.Missing.Kind.STEP, "csam-login", CsamStep.CSAM_LOGIN),
                        tuple(Readiness.Missing.Kind.STEP, "principal-access-manager", CsamStep.PRINCIPAL_ACCESS_MANAGER),
                        tuple(Readiness.Missing.Kind.STEP, "access-rights", CsamStep.ACCESS_RIGHTS),
                        tuple(Readiness.Missing.Kind.STEP, "no-mandates", CsamStep.NO_MANDATES));
    }

    @Test
    void givenCompleteConfigurationAndPrincipalDone_whenAskingReadiness_thenOnlyAccessRightsAndNoMandatesMissing() {
        Readiness readiness = new GroupSetup(completeConfiguration(), throughPrincipal()).readiness(RULES);

        assertThat(readiness.missing()).extracting(Readiness.Missing::step)
                .containsExactly(CsamStep.ACCESS_RIGHTS, CsamStep.NO_MANDATES);
    }

    @Test
    void givenFiveStepsDoneButConfigurationIncomplete_whenAskingReadiness_thenNotReadyWithOnlyFieldsMissing() {
        GroupConfiguration incomplete = GroupConfiguration.reconstitute(new GroupNumber("94123456001"),
                Map.of(FieldKey.FIRST_NAME, "Anne", FieldKey.LAST_NAME, "Dupont"));

        Readiness readiness = new GroupSetup(incomplete, completeWithoutLocalManagers()).readiness(RULES);

        assertThat(readiness.isReady()).isFalse();
        assertThat(readiness.missing()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.kind()).isEqualTo(Readiness.Missing.Kind.FIELD));
    }

    @Test
    void givenFieldErrorsMissingFieldsAndStepsNotDone_whenAskingReadiness_thenErrorsThenRequiredThenStepsInOrder() {
        Map<FieldKey, String> stored = completeValues();
        stored.remove(FieldKey.STREET);
        stored.remove(FieldKey.PHONE);
        stored.put(FieldKey.ENTERPRISE_NUMBER, "0428759498");
        stored.put(FieldKey.POSTAL_CODE, "12");
        GroupConfiguration configuration = GroupConfiguration.reconstitute(new GroupNumber("94123456001"), stored);

        Readiness readiness = new GroupSetup(configuration, throughLogin()).readiness(RULES);

        List<Readiness.Missing> missing = readiness.missing();
        assertThat(missing).extracting(Readiness.Missing::kind, Readiness.Missing::key).containsExactly(
                tuple(Readiness.Missing.Kind.FIELD, "postal-code"),
                tuple(Readiness.Missing.Kind.FIELD, "enterprise-number"),
                tuple(Readiness.Missing.Kind.FIELD, "street"),
                tuple(Readiness.Missing.Kind.FIELD, "phone"),
                tuple(Readiness.Missing.Kind.STEP, "principal-access-manager"),
                tuple(Readiness.Missing.Kind.STEP, "access-rights"),
                tuple(Readiness.Missing.Kind.STEP, "no-mandates"));
        assertThat(missing.get(1).finding().code()).isEqualTo("enterprise-number.checksum");
        assertThat(missing.get(2).finding().code()).isEqualTo("required");
        assertThat(missing.get(3).finding().code()).isEqualTo("required");
    }

    @Test
    void givenLocalManagersNotRecorded_whenAskingReadiness_thenTheyAreNeverListedAsMissing() {
        Readiness readiness = new GroupSetup(completeConfiguration(), throughPrincipal()).readiness(RULES);

        assertThat(readiness.missing()).extracting(Readiness.Missing::step)
                .doesNotContain(CsamStep.LOCAL_ACCESS_MANAGERS);
    }
}
