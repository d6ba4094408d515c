package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static be.groupsetup.domain.configuration.ConfigurationFixtures.RULES;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.accepted;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.completeStoredValues;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.completeWith;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.empty;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The field warnings that say what a value most likely is ("Ready tells the truth"), seen where a technician meets
 * them: at creation, rename, change and check of a whole configuration.
 */
class FieldWarningsThroughConfigurationTest {

    /** 97 − (456123 mod 97) = 68: the form of a nurse's personal INAMI number. */
    private static final String PERSONAL_INAMI = "45612368401";
    /** 97 − (2310101123 mod 97) = 49 (the pre-2000 rule would give 20): valid only for someone born in 2031. */
    private static final String INSS_2031 = "31010112349";

    private static Map<FieldKey, String> inssBox(String number) {
        return completeWith(Map.of(FieldKey.EHEALTH_BOX, number, FieldKey.EHEALTH_BOX_TYPE, "INSS",
                FieldKey.EHEALTH_BOX_QUALITY, "NURSE"));
    }

    // --- group-number.personal-inami ----------------------------------------------------------------------

    @Test
    void givenStoredGroupNumberOfTheFormOfAPersonalInami_whenChecked_thenPersonalInamiWarningAndNoPrefixWarning() {
        GroupConfiguration configuration = GroupConfiguration.reconstitute(new GroupNumber(PERSONAL_INAMI),
                completeStoredValues());

        assertThat(configuration.check(RULES)).extracting(Finding::field, Finding::severity, Finding::code,
                        Finding::arguments)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, Severity.WARNING, "group-number.personal-inami",
                        List.of("4-56123-68-401")));
        assertThat(configuration.isComplete(RULES)).isTrue();
    }

    @Test
    void givenEightDigitsOfAPersonalInami_whenCreated_thenCompletedWithPersonalInamiWarning() {
        Parsed<GroupConfiguration> created = GroupConfiguration.create("45612368");

        assertThat(created.value().groupNumber().value()).isEqualTo("45612368001");
        assertThat(created.findings()).extracting(Finding::code)
                .containsExactly("group-number.completed", "group-number.personal-inami");
    }

    @Test
    void givenPersonalInamiForm_whenRenamedTo_thenAcceptedWithPersonalInamiWarning() {
        ChangeOutcome.Accepted outcome = accepted(empty().renameTo(PERSONAL_INAMI, RULES));

        assertThat(outcome.findings()).extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.WARNING, "group-number.personal-inami"));
    }

    // --- ehealth-box.inss-future --------------------------------------------------------------------------

    @Test
    void givenInssBoxValidOnlyFor2031_whenSetIn2026_thenAcceptedWithFutureWarning() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.EHEALTH_BOX, INSS_2031,
                FieldKey.EHEALTH_BOX_TYPE, "niss", FieldKey.EHEALTH_BOX_QUALITY, "nurse"), RULES));

        assertThat(outcome.configuration().value(FieldKey.EHEALTH_BOX)).contains(INSS_2031);
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX, Severity.WARNING, "ehealth-box.inss-future",
                        List.of("2031")));
    }

    @Test
    void givenStoredInssBoxValidOnlyFor2031_whenCheckedIn2026_thenFutureWarning() {
        // GroupConfiguration.check reports the eHealthBox identifier's warnings, not only its errors
        GroupConfiguration configuration = stored(inssBox(INSS_2031));

        assertThat(configuration.check(RULES)).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX, Severity.WARNING, "ehealth-box.inss-future"));
        assertThat(configuration.isComplete(RULES)).isTrue();
    }

    @Test
    void givenStoredInssBoxValidOnlyFor2031_whenCheckedIn2032_thenNothingToSay() {
        ConfigurationRules in2032 =
                ConfigurationRules.standard(Clock.fixed(Instant.parse("2032-03-01T09:00:00Z"), ZoneOffset.UTC));

        assertThat(stored(inssBox(INSS_2031)).check(in2032)).isEmpty();
    }

    // --- subscription-type.mandate-word -------------------------------------------------------------------

    @Test
    void givenNoMandateWord_whenSubscriptionTypeSet_thenStoredWithMandateWordWarning() {
        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.SUBSCRIPTION_TYPE, " Néant "), RULES));

        assertThat(outcome.configuration().value(FieldKey.SUBSCRIPTION_TYPE)).contains("Néant");
        assertThat(outcome.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.SUBSCRIPTION_TYPE, Severity.WARNING, "subscription-type.mandate-word",
                        List.of("Néant")));
    }

    @Test
    void givenStoredSubscriptionTypeAucun_whenChecked_thenWarningButStillComplete() {
        GroupConfiguration configuration = stored(completeWith(Map.of(FieldKey.SUBSCRIPTION_TYPE, "aucun")));

        assertThat(configuration.check(RULES)).extracting(Finding::field, Finding::code)
                .containsExactly(tuple(FieldKey.SUBSCRIPTION_TYPE, "subscription-type.mandate-word"));
        assertThat(configuration.isComplete(RULES)).isTrue();
    }
}
