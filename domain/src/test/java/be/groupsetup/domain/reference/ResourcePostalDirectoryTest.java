package be.groupsetup.domain.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourcePostalDirectoryTest {

    private static PostalDirectory table(String text) {
        return ResourcePostalDirectory.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void givenEmbeddedTable_whenCodeLookedUp_thenMunicipalityNamesFirstThenLocalities() {
        PostalDirectory postal = PostalDirectory.belgian();

        assertThat(postal.isKnown("1000")).isTrue();
        assertThat(postal.names("1000")).containsExactly("Brussel", "Bruxelles", "BRUXELLES");
        assertThat(postal.names("1420")).containsExactly("Braine-l'Alleud", "Eigenbrakel", "BRAINE-L'ALLEUD");
        assertThat(postal.names("4000")).contains("Liège", "Luik");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1001", "9999", "0999", "", "10000"})
    void givenCodeNotInTheEmbeddedTable_whenLookedUp_thenUnknownWithNoNames(String code) {
        PostalDirectory postal = PostalDirectory.belgian();

        assertThat(postal.isKnown(code)).isFalse();
        assertThat(postal.names(code)).isEmpty();
    }

    @Test
    void givenOwnTableWithQuotedNames_whenRead_thenCommasAndDoubledQuotesInsideKept() {
        PostalDirectory postal = table("postal_code,name,kind\n"
                + "7000,\"Mons, Bergen\",municipality\n"
                + "7000,\"Le \"\"Doudou\"\"\",locality\n"
                + "7000,Mons,locality\n"
                + "8000,Brugge,municipality\n");

        assertThat(postal.names("7000")).containsExactly("Mons, Bergen", "Le \"Doudou\"", "Mons");
        assertThat(postal.names("8000")).containsExactly("Brugge");
        assertThat(postal.isKnown("9000")).isFalse();
    }

    @Test
    void givenOwnTableWithBlankLinesAndTwoColumnLines_whenRead_thenBlankLinesSkipped() {
        PostalDirectory postal = table("postal_code,name,kind\n\n6747,Saint-Léger\n   \n");

        assertThat(postal.names("6747")).containsExactly("Saint-Léger");
    }

    @Test
    void givenTableWithoutHeader_whenRead_thenRefused() {
        assertThatThrownBy(() -> table("1000,Bruxelles,municipality\n")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> table("")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenLineWithOnlyOneColumn_whenRead_thenRefusedQuotingTheLine() {
        assertThatThrownBy(() -> table("postal_code,name,kind\n1000,Bruxelles,municipality\n1020\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1020");
    }

    @Test
    void givenReturnedNames_whenModified_thenRefused() {
        assertThatThrownBy(() -> PostalDirectory.belgian().names("1000").add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
