package be.groupsetup.domain.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceBankDirectoryTest {

    private static BankDirectory table(String text) {
        return ResourceBankDirectory.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource({
            "300, BBRUBEBB, ING Belgium",
            "310, BBRUBEBB, ING Belgium",
            "399, BBRUBEBB, ING Belgium",
            "400, KREDBEBB, KBC Bank",
            "001, GEBABEBB, BNP Paribas Fortis",
            "000, GEBABEBB, BNP Paribas Fortis",
            "100, NBBEBEBB203, Belgische Nationalbank",
            "650, REVOBEB2XXX, Revolut Bank UAB Belgian branch"
    })
    void givenCodeInsideARange_whenLookedUpInTheEmbeddedTable_thenThatBank(String code, String bic, String name) {
        assertThat(BankDirectory.belgian().bankFor(code)).contains(new Bank(bic, name));
    }

    @Test
    void givenRangeBoundaries_whenLookedUp_thenEachSideBelongsToItsOwnRange() {
        BankDirectory banks = BankDirectory.belgian();

        assertThat(banks.bankFor("049")).map(Bank::bic).contains("GEBABEBB");
        assertThat(banks.bankFor("050")).map(Bank::bic).contains("GKCCBEBB");
        assertThat(banks.bankFor("099")).map(Bank::bic).contains("GKCCBEBB");
    }

    @Test
    void givenBankListedWithoutBic_whenLookedUp_thenBankKnownButNoBic() {
        Bank bank = BankDirectory.belgian().bankFor("538").orElseThrow();

        assertThat(bank.name()).isEqualTo("Hoist Finance AB");
        assertThat(bank.bic()).isNull();
        assertThat(bank.bicIfKnown()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"539", "112", "215", "526"})
    void givenCodeTheTableDoesNotList_whenLookedUp_thenEmpty(String code) {
        assertThat(BankDirectory.belgian().bankFor(code)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "31", "3100", "31a", "-10", " 31"})
    void givenNotThreeDigits_whenLookedUp_thenEmptyWithoutThrowing(String code) {
        assertThat(BankDirectory.belgian().bankFor(code)).isEmpty();
    }

    @Test
    void givenOwnTableWithCommentsBlankLinesAndRanges_whenRead_thenEveryCodeOfEachRangeKnown() {
        BankDirectory banks = table("""
                # a comment
                
                010-012 bic="AAAABEBB" bank="Alpha Bank"
                013-013 bank="Beta, sans BIC"
                014-014 bic="" bank="Gamma"
                """);

        assertThat(banks.bankFor("010")).contains(new Bank("AAAABEBB", "Alpha Bank"));
        assertThat(banks.bankFor("011")).contains(new Bank("AAAABEBB", "Alpha Bank"));
        assertThat(banks.bankFor("012")).contains(new Bank("AAAABEBB", "Alpha Bank"));
        assertThat(banks.bankFor("013")).contains(new Bank(null, "Beta, sans BIC"));
        assertThat(banks.bankFor("014")).contains(new Bank(null, "Gamma"));
        assertThat(banks.bankFor("009")).isEmpty();
        assertThat(banks.bankFor("015")).isEmpty();
    }

    @Test
    void givenAccentedNamesInUtf8_whenRead_thenKept() {
        assertThat(table("586-586 bic=\"CFFRBEB1\" bank=\"Crédit Foncier de France\"\n").bankFor("586"))
                .map(Bank::name).contains("Crédit Foncier de France");
    }

    @ParameterizedTest
    @ValueSource(strings = {"310 bic=\"BBRUBEBB\" bank=\"ING\"", "310-319 bic=\"BBRUBEBB\"", "31-319 bank=\"ING\"",
            "310-319 bank=ING"})
    void givenMalformedLine_whenRead_thenRefusedNamingTheLine(String badLine) {
        assertThatThrownBy(() -> table("# header\n000-009 bank=\"Fine\"\n" + badLine + "\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 3");
    }

    // --- reverse lookup: the bank of a BIC ---------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "GEBABEBB, BNP Paribas Fortis",
            "GEBABEBB36A, BNP Paribas Fortis",
            "KREDBEBB, KBC Bank",
            "NBBEBEBB, Belgische Nationalbank",
            "BBRUBEBB, ING Belgium"
    })
    void givenBicTheEmbeddedTableLists_whenLookedUpByBic_thenItsBankByTheFirstEightCharacters(String bic, String name) {
        assertThat(BankDirectory.belgian().bankWithBic(bic)).map(Bank::name).contains(name);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ABCDBEBB", "GEBABEB", "ABNANL2A"})
    void givenBicTheTableDoesNotListOrNoBic_whenLookedUpByBic_thenEmpty(String bic) {
        assertThat(BankDirectory.belgian().bankWithBic(bic)).isEmpty();
    }

    @Test
    void givenOneBicUnderTwoNames_whenLookedUpByBic_thenTheNameCoveringMoreCodesWins() {
        BankDirectory banks = table("""
                010-010 bic="AAAABEBB" bank="Alpha België"
                020-029 bic="AAAABEBBXXX" bank="Alpha Belgium"
                030-030 bank="Beta, sans BIC"
                """);

        assertThat(banks.bankWithBic("AAAABEBB")).map(Bank::name).contains("Alpha Belgium");
        assertThat(banks.bankWithBic("AAAABEBB")).map(Bank::bic).contains("AAAABEBBXXX");
    }

    @Test
    void givenDirectoryThatOnlyKnowsBankCodes_whenLookedUpByBic_thenEmpty() {
        BankDirectory codesOnly = code -> java.util.Optional.empty();

        assertThat(codesOnly.bankWithBic("GEBABEBB")).isEmpty();
    }
}
