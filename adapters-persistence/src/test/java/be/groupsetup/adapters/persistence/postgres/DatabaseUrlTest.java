package be.groupsetup.adapters.persistence.postgres;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db.example:5432/groupsetup | jdbc:postgresql://db.example:5432/groupsetup",
            "jdbc:postgresql://db/groupsetup?password=secret | jdbc:postgresql://db/groupsetup",
            "jdbc:postgresql://db/groupsetup?user=anne&password=secret&ssl=true | jdbc:postgresql://db/groupsetup?user=anne&ssl=true",
            "jdbc:postgresql://db/groupsetup?PASSWORD=secret&sslpassword=other | jdbc:postgresql://db/groupsetup",
            "jdbc:postgresql://anne:secret@db:5432/groupsetup | jdbc:postgresql://anne@db:5432/groupsetup",
            "jdbc:postgresql://anne@db/groupsetup?ssl=true | jdbc:postgresql://anne@db/groupsetup?ssl=true",
            "jdbc:postgresql://db1:5432,db2:5432/groupsetup?targetServerType=primary | jdbc:postgresql://db1:5432,db2:5432/groupsetup?targetServerType=primary",
            "jdbc:postgresql:groupsetup | jdbc:postgresql:groupsetup",
    })
    void givenAUrl_whenMadeFitToShow_thenEveryPasswordIsLeftOutAndTheRestKept(String url, String shown) {
        assertThat(DatabaseUrl.withoutPassword(url)).isEqualTo(shown);
    }
}
