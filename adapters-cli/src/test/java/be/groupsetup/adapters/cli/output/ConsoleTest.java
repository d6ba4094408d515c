package be.groupsetup.adapters.cli.output;

import be.groupsetup.domain.text.UnsafeCharacters;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer every console goes through (issue 11, item 2): nothing written through it can act. */
class ConsoleTest {

    private static final String HOSTILE = "a\u001b[31mb\u202Ec\u200Bd\u2028e\u0085f\u00ADg\uDB40\uDC01h\uD800i\u007Fj\uE000k";

    @Test
    void givenAConsole_whenAnythingIsWrittenThroughItEvenAsSingleCharacters_thenNothingCanAct() {
        StringWriter out = new StringWriter();
        Console console = new Console(new PrintWriter(out), new PrintWriter(out));

        console.result("result " + HOSTILE);
        console.diagnostic("error " + HOSTILE);
        for (char c : ("\u001b[2J" + "\uD83C\uDFF4" + "\uDB40\uDC01").toCharArray()) {
            console.out().write(c);
        }
        console.out().flush();

        assertThat(UnsafeCharacters.first(out.toString().replace("\n", "").replace("\r", ""))).isEmpty();
        assertThat(out.toString()).contains("\\u001B[2J🏴\\U000E0001").contains("result a\\u001B[31mb\\u202Ec");
    }

    @Test
    void givenLongPlainRunsBetweenUnsafeCharacters_whenWrittenInPiecesOfEveryLength_thenTheSameAsTheWholeTextShownAtOnce() {
        java.util.Random random = new java.util.Random(15);
        String[] pieces = {"plain ASCII text\n", "Françoise ", "\u001b[31m", "\r\n", "\r", "\uD83C\uDFF4", "\uD83C",
                "\uDFF4", "\u202E", "\t", "\n", "é", "x"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        String whole = text.toString();
        for (int chunk : new int[]{1, 2, 3, 7, 64, 4096, whole.length()}) {
            StringWriter out = new StringWriter();
            Console console = new Console(new PrintWriter(out), new PrintWriter(out));
            for (int at = 0; at < whole.length(); at += chunk) {
                console.out().write(whole, at, Math.min(chunk, whole.length() - at));
            }
            console.out().flush();
            assertThat(out.toString()).as("pieces of %d", chunk)
                    .isEqualTo(be.groupsetup.presentation.text.SafeText.lines(whole));
        }
    }
}
