package be.groupsetup.adapters.cli.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTokenizerTest {

    private static List<String> words(String line) throws UsageException {
        return CommandLineTokenizer.tokenize(line);
    }

    @Test
    void givenPlainWords_whenTokenized_thenSplitOnBlanks() throws UsageException {
        assertThat(words("group show 94123456001")).containsExactly("group", "show", "94123456001");
    }

    @Test
    void givenRunsOfBlanksAndTabs_whenTokenized_thenNoEmptyWords() throws UsageException {
        assertThat(words("  group \t show   94123456001  ")).containsExactly("group", "show", "94123456001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t  \t"})
    void givenEmptyOrBlankLine_whenTokenized_thenNoWords(String line) throws UsageException {
        assertThat(words(line)).isEmpty();
    }

    @Test
    void givenDoubleQuotedValueWithBlanksAndApostrophe_whenTokenized_thenOneWordKeptWhole() throws UsageException {
        assertThat(words("group set 94123456001 --company-name \"Soins à Domicile L'Aurore SRL\""))
                .containsExactly("group", "set", "94123456001", "--company-name", "Soins à Domicile L'Aurore SRL");
    }

    @Test
    void givenDoubleQuotedNameWithApostrophe_whenTokenized_thenApostropheKept() throws UsageException {
        assertThat(words("--last-name \"D'Hondt\"")).containsExactly("--last-name", "D'Hondt");
    }

    @Test
    void givenBackslashBeforeApostrophe_whenTokenized_thenApostropheIsLiteral() throws UsageException {
        assertThat(words("--last-name D\\'Hondt")).containsExactly("--last-name", "D'Hondt");
    }

    @Test
    void givenBackslashBeforeBlank_whenTokenized_thenBlankStaysInTheWord() throws UsageException {
        assertThat(words("--city Saint\\ Léger")).containsExactly("--city", "Saint Léger");
    }

    @Test
    void givenSingleQuotes_whenTokenized_thenEverythingInsideIsLiteral() throws UsageException {
        assertThat(words("--street 'Rue \"du\" Moulin \\ 3'")).containsExactly("--street", "Rue \"du\" Moulin \\ 3");
    }

    @Test
    void givenEscapedQuoteAndBackslashInsideDoubleQuotes_whenTokenized_thenUnescaped() throws UsageException {
        assertThat(words("\"a \\\"quoted\\\" \\\\ word\"")).containsExactly("a \"quoted\" \\ word");
    }

    @Test
    void givenOtherBackslashInsideDoubleQuotes_whenTokenized_thenKeptAsTyped() throws UsageException {
        assertThat(words("\"C:\\data\\n\"")).containsExactly("C:\\data\\n");
    }

    @Test
    void givenQuotedPartsGluedToPlainText_whenTokenized_thenOneWord() throws UsageException {
        assertThat(words("--last-name=\"D'Hondt\"-'Van Damme'")).containsExactly("--last-name=D'Hondt-Van Damme");
    }

    @Test
    void givenEmptyQuotes_whenTokenized_thenAnEmptyWord() throws UsageException {
        assertThat(words("--city \"\" --street ''")).containsExactly("--city", "", "--street", "");
    }

    @Test
    void givenTrailingBackslash_whenTokenized_thenKeptLiterally() throws UsageException {
        assertThat(words("a\\")).containsExactly("a\\");
    }

    @Test
    void givenUnquotedApostrophe_whenTokenized_thenRefusedSayingHowToQuote() {
        assertThatThrownBy(() -> words("group set 94123456001 --last-name D'Hondt"))
                .isInstanceOf(UsageException.class)
                .extracting(e -> ((UsageException) e).messageKey())
                .isEqualTo("usage.unclosed-apostrophe");
    }

    @Test
    void givenUnclosedDoubleQuote_whenTokenized_thenRefused() {
        assertThatThrownBy(() -> words("group set 94123456001 --company-name \"L'Aurore"))
                .isInstanceOf(UsageException.class)
                .extracting(e -> ((UsageException) e).messageKey())
                .isEqualTo("usage.unclosed-quote");
    }
}
