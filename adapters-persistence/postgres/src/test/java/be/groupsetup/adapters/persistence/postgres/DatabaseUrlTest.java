package be.groupsetup.adapters.persistence.postgres;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db.example:5432/groupsetup",
            "jdbc:postgresql://db.example/groupsetup",
            "jdbc:postgresql://anne:secret@db:5432/groupsetup?ssl=true",
            "jdbc:postgresql://db1:5432,db2:5433/groupsetup?targetServerType=primary",
            "jdbc:postgresql://[::1]:5432/groupsetup",
            "jdbc:postgresql://[::1]/groupsetup",
            "jdbc:postgresql://localhost/",
            "jdbc:postgresql:groupsetup",
    })
    void givenAPostgresqlJdbcUrl_whenChecked_thenNoProblem(String url) {
        assertThat(DatabaseUrl.problem(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgres://db:5432/groupsetup | SCHEME | jdbc:postgres://",
            "postgresql://db:5432/groupsetup | SCHEME | postgresql://",
            "postgres://anne@db/groupsetup | SCHEME | postgres://",
            "jdbc:mysql://db/groupsetup | SCHEME | jdbc:mysql://",
            "db.example:5432 | SCHEME | db.example:5432",
            "jdbc:postgresql://db:abc/groupsetup | PORT | abc",
            "jdbc:postgresql://db:/groupsetup | PORT | ''",
            "jdbc:postgresql://db:99999/groupsetup | PORT | 99999",
            "jdbc:postgresql://db:0/groupsetup | PORT | 0",
            "jdbc:postgresql://db1:5432,db2:x/groupsetup | PORT | x",
            "jdbc:postgresql://db:5432 | FORM | ''",
            "jdbc:postgresql://db?ssl=true | FORM | ''",
            "jdbc:postgresql://db1,,db2/groupsetup | FORM | ''",
    })
    void givenACommonMistake_whenChecked_thenItsKindAndWhatWasWritten(String url, DatabaseUrl.Kind kind, String detail) {
        assertThat(DatabaseUrl.problem(url)).contains(new DatabaseUrl.Problem(kind, detail));
    }

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
