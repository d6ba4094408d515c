package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.reference.Bank;
import be.groupsetup.domain.reference.BankDirectory;
import be.groupsetup.domain.reference.PostalDirectory;
import be.groupsetup.domain.reference.ResourceBankDirectory;
import be.groupsetup.domain.reference.ResourcePostalDirectory;
import be.groupsetup.domain.value.Iban;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static be.groupsetup.domain.configuration.ConfigurationFixtures.DUTCH_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.ING_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.RULES;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.UNLISTED_BANK_IBAN;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.accepted;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.empty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ConfigurationRulesTest {

    private static ConfigurationRules rulesWith(String bankTable, String postalTable) {
        return new ConfigurationRules(
                ResourceBankDirectory.read(new ByteArrayInputStream(bankTable.getBytes(StandardCharsets.UTF_8))),
                ResourcePostalDirectory.read(new ByteArrayInputStream(postalTable.getBytes(StandardCharsets.UTF_8))),
                ConfigurationFixtures.CLOCK);
    }

    @ParameterizedTest
    @EnumSource(value = FieldKey.class, names = {"MANDATE_TYPE", "MANDATE_NUMBER"}, mode = EnumSource.Mode.EXCLUDE)
    void givenBlankInputForAnyField_whenParsed_thenBlankErrorAboutThatField(FieldKey field) {
        Parsed<String> parsed = RULES.parse(field, " \u00A0 ");

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code)
                .containsExactly(tuple(field, Severity.ERROR, "blank"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
            "COMPANY_NAME, '  Infi  Soins ', Infi Soins",
            "POSTAL_CODE, 1 000, 1000",
            "IBAN, be35 3101 2345 6737, BE35310123456737",
            "BIC, bbru be bb, BBRUBEBB",
            "PHONE, 02/226.88.88, +3222268888",
            "SUBSCRIPTION_TYPE, ' abo 17 ', abo 17",
            "INAMI, 4-12345-02-001, 41234502001",
            "GROUP_NUMBER, 94123456, 94123456001",
            "ENTERPRISE_NUMBER, BE 0428.759.497, 0428759497",
            "SINGLE_POINT_OF_CONTACT, 135, 135",
            "REFERENCE_CARE_PROVIDER, 1-12345-78-001, 11234578001",
            "MANDATE_TYPE, None, aucun",
            "EHEALTH_BOX, 94.123.456, 94123456",
            "EHEALTH_BOX_TYPE, niss, INSS",
            "EHEALTH_BOX_QUALITY, home services, HOME_SERVICES"
    })
    void givenTypedValue_whenParsedForItsField_thenCanonicalValue(FieldKey field, String typed, String canonical) {
        assertThat(RULES.parse(field, typed).value()).isEqualTo(canonical);
    }

    @Test
    void givenNonNurseInami_whenParsedForTheTwoInamiFields_thenOnlyTheRepresentingNurseIsRestricted() {
        assertThat(RULES.parse(FieldKey.INAMI, "11234578001").findings()).extracting(Finding::code)
                .containsExactly("inami.profession");
        assertThat(RULES.parse(FieldKey.REFERENCE_CARE_PROVIDER, "11234578001").findings()).isEmpty();
    }

    @Test
    void givenIbans_whenBankAsked_thenOnlyBelgianBanksTheTableKnows() {
        assertThat(RULES.bankOf(new Iban(ING_IBAN))).contains(new Bank("BBRUBEBB", "ING Belgium"));
        assertThat(RULES.bankOf(new Iban(UNLISTED_BANK_IBAN))).isEmpty();
        assertThat(RULES.bankOf(new Iban(DUTCH_IBAN))).isEmpty();
    }

    @Test
    void givenOwnBankTable_whenIbanSet_thenBicDerivedFromThatTable() {
        ConfigurationRules rules = rulesWith("539-539 bic=\"TESTBEBB\" bank=\"Test Bank\"\n", "postal_code,name,kind\n");

        ChangeOutcome.Accepted outcome = accepted(empty().change(Map.of(FieldKey.IBAN, UNLISTED_BANK_IBAN), rules));

        assertThat(outcome.configuration().value(FieldKey.BIC)).contains("TESTBEBB");
        assertThat(outcome.findings()).extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("bic.derived", List.of("TESTBEBB", "Test Bank", "539")));
    }

    @Test
    void givenOwnPostalTable_whenCityAndPostalCodeSet_thenCheckedAgainstThatTable() {
        ConfigurationRules rules = rulesWith("", "postal_code,name,kind\n7000,\"Mons, ville\",municipality\n7000,Bergen,municipality\n");

        assertThat(accepted(empty().change(Map.of(FieldKey.POSTAL_CODE, "7000", FieldKey.CITY, "bergen"), rules))
                .findings()).isEmpty();
        assertThat(accepted(empty().change(Map.of(FieldKey.POSTAL_CODE, "7000", FieldKey.CITY, "Namur"), rules))
                .findings()).extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("city.postal-code-mismatch", List.of("Namur", "7000", "Mons, ville, Bergen")));
        assertThat(accepted(empty().change(Map.of(FieldKey.POSTAL_CODE, "1000"), rules)).findings())
                .extracting(Finding::code).containsExactly("postal-code.unknown");
    }

    @Test
    void givenUpperCaseAndMixedCaseNamesOfOnePlace_whenCityMismatched_thenNamesMergedKeepingTheReadableOne() {
        ConfigurationRules rules = rulesWith("", "postal_code,name,kind\n9000,GENT,locality\n9000,Gand,municipality\n9000,Gent,municipality\n");

        assertThat(accepted(empty().change(Map.of(FieldKey.POSTAL_CODE, "9000", FieldKey.CITY, "Namur"), rules))
                .findings()).extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("city.postal-code-mismatch", List.of("Namur", "9000", "Gand, Gent")));
    }

    @Test
    void givenMissingTables_whenRulesBuilt_thenRefused() {
        assertThatThrownBy(() -> new ConfigurationRules(null, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void givenTablesButNoClock_whenRulesBuilt_thenRefused() {
        assertThatThrownBy(() -> new ConfigurationRules(BankDirectory.belgian(), PostalDirectory.belgian(), null))
                .isInstanceOf(NullPointerException.class);
    }

    // --- the current year, from the clock the rules are given ---------------------------------------------

    private static ConfigurationRules rulesAt(String instant) {
        return ConfigurationRules.standard(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    /** An INSS box whose number (97 − (2310101123 mod 97) = 49) is valid only for someone born in 2031. */
    private static Map<FieldKey, String> inssBox(String number) {
        return Map.of(FieldKey.EHEALTH_BOX, number, FieldKey.EHEALTH_BOX_TYPE, "INSS",
                FieldKey.EHEALTH_BOX_QUALITY, "NURSE");
    }

    @Test
    void givenClockIn2026_whenInssValidOnlyFor2031Checked_thenFutureWarning() {
        Parsed<String> checked = rulesAt("2026-12-05T10:00:00Z").checkEHealthBox(inssBox("31010112349")).orElseThrow();

        assertThat(checked.value()).isEqualTo("31010112349");
        assertThat(checked.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .containsExactly(tuple(FieldKey.EHEALTH_BOX, Severity.WARNING, "ehealth-box.inss-future",
                        List.of("2031")));
    }

    @Test
    void givenClockIn2032_whenInssValidOnlyFor2031Checked_thenNoWarning() {
        assertThat(rulesAt("2032-01-15T10:00:00Z").checkEHealthBox(inssBox("31010112349")).orElseThrow().findings())
                .isEmpty();
    }

    @Test
    void givenAnyClock_whenInssValidUnderThePre2000RuleChecked_thenNoWarning() {
        // 97 − (310101123 mod 97) = 20: born in 1931
        assertThat(rulesAt("2026-12-05T10:00:00Z").checkEHealthBox(inssBox("31010112320")).orElseThrow().findings())
                .isEmpty();
    }

    @Test
    void givenNewYearsEveInUtcButNewYearInBelgium_whenYearRead_thenTheBelgianYear() {
        // 23:30 UTC on 31 December 2026 is 00:30 on 1 January 2027 in Brussels
        ConfigurationRules rules = rulesAt("2026-12-31T23:30:00Z");

        assertThat(rules.fingerprint()).isEqualTo(rulesAt("2027-06-01T10:00:00Z").fingerprint());
        assertThat(rules.checkEHealthBox(inssBox("27010112362")).orElseThrow().findings()).isEmpty();
    }

    @Test
    void givenClocksOfTwoYears_whenFingerprintAsked_thenTheSameWithinAYearAndAnotherAcrossYears() {
        assertThat(rulesAt("2026-12-05T10:00:00Z").fingerprint()).isEqualTo(rulesAt("2026-01-02T10:00:00Z").fingerprint())
                .hasSize(32);
        assertThat(rulesAt("2027-01-02T10:00:00Z").fingerprint()).isNotEqualTo(rulesAt("2026-12-05T10:00:00Z").fingerprint());
    }

    @Test
    void givenThisBuild_whenItsStampRead_thenTheBuildWroteItsVersion_notAPlaceholderTheSameInEveryRelease()
            throws Exception {
        java.util.Properties stamp = new java.util.Properties();
        try (java.io.InputStream in = ConfigurationRules.class.getResourceAsStream(ConfigurationRules.BUILD_RESOURCE)) {
            stamp.load(in);
        }

        assertThat(stamp.getProperty("build")).matches("\\d+\\.\\d+\\.\\d+\\S*");
    }

    @Test
    void givenTwoBuildsOfTheRulesCode_whenFingerprintAsked_thenAnother_andTheBuildAskedForOnlyThen() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        InstantSource clock = () -> Instant.parse("2026-12-05T10:00:00Z");
        ConfigurationRules one = ConfigurationRules.standard(clock, () -> {
            asked.incrementAndGet();
            return "classes of build one";
        });
        ConfigurationRules other = ConfigurationRules.standard(clock, () -> "classes of build two");

        assertThat(asked).hasValue(0);
        assertThat(one.fingerprint()).isNotEqualTo(other.fingerprint())
                .isEqualTo(ConfigurationRules.standard(clock, () -> "classes of build one").fingerprint());
        assertThat(asked).hasValue(1);
    }

    @Test
    void givenOtherTables_whenFingerprintAsked_thenAnother() {
        ConfigurationRules standard = rulesAt("2026-12-05T10:00:00Z");
        ConfigurationRules otherBanks = new ConfigurationRules(code -> java.util.Optional.empty(),
                PostalDirectory.belgian(), () -> Instant.parse("2026-12-05T10:00:00Z"));

        assertThat(otherBanks.fingerprint()).isNotEqualTo(standard.fingerprint());
    }

    @Test
    void givenClockThatMovesIntoTheNextYear_whenFingerprintAskedAgain_thenItChanges() {
        // the rules read the clock each time: summaries cached under the old version are remade
        Instant[] now = {Instant.parse("2026-12-31T12:00:00Z")};
        ConfigurationRules rules = new ConfigurationRules(BankDirectory.belgian(), PostalDirectory.belgian(),
                () -> now[0]);
        String before = rules.fingerprint();
        now[0] = Instant.parse("2027-01-01T12:00:00Z");

        assertThat(rules.fingerprint()).isNotEqualTo(before);
    }
}
