package be.groupsetup.presentation.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pieces that keep text from acting (issue 11, items 2 and 8): the escapes of text and of a JSON document, message
 * arguments escaped, and whole numbers without grouping in every language.
 */
class SafeTextTest {

    static final String HOSTILE = "a\u001b[31mb\u202Ec\u200Bd\u2028e\u0085f\u00ADg\uDB40\uDC01h\uD800i\u007Fj\uE000k";

    @Test
    void givenTextWithEveryKindOfUnsafeCharacter_whenShownInline_thenEachIsAVisibleEscapeLineFeedsToo() {
        assertThat(SafeText.inline(HOSTILE + "\n")).isEqualTo(
                "a\\u001B[31mb\\u202Ec\\u200Bd\\u2028e\\u0085f\\u00ADg\\U000E0001h\\uD800i\\u007Fj\\uE000k\\u000A");
        assertThat(SafeText.inline("Françoise D’Hondt 🏴")).isEqualTo("Françoise D’Hondt 🏴");
    }

    @Test
    void givenAWholeOutput_whenShownAsLines_thenLineEndsKeptAndEverythingElseEscaped() {
        assertThat(SafeText.lines("one\u001b\ntwo\r\nthree\rfour\n")).isEqualTo("one\\u001B\ntwo\r\nthree\\u000Dfour\n");
    }

    @Test
    void givenMessageArgumentsThatAreStoredText_whenFormatted_thenEscapedLineFeedsToo() {
        Messages messages = Messages.forLanguage("en", null);

        assertThat(messages.text("show.title", "94123456001", "Evil\u001b[31m\nforged"))
                .isEqualTo("Group 94123456001 — Evil\\u001B[31m\\u000Aforged");
        assertThat(messages.text("no.such.key\u001b[2J")).isEqualTo("no.such.key\\u001B[2J");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void givenAWholeNumber_whenFormattedInAnyLanguage_thenPlainDigitsWithoutGrouping(String language) {
        Messages messages = Messages.forLanguage(language, null);

        assertThat(messages.text("change.applied", "94123456001", 1164L)).contains("1164")
                .doesNotContainPattern("1\\D164");
        assertThat(messages.text("csam.progress", 1234567, 6)).contains("1234567");
        // a count inside a choice too
        assertThat(messages.text("check.open-warnings", 1164, "94123456001")).contains("1164")
                .doesNotContainPattern("1\\D164");
        assertThat(messages.text("check.open-warnings", 1, "94123456001")).doesNotContain("{");
    }

    @Test
    void givenAPattern_whenItsWholeNumberPlaceholdersArePlain_thenQuotedTextAndOtherArgumentsAreLeftAlone() {
        Object[] arguments = {"text", 1164L};

        assertThat(Messages.plainWholeNumbers("{0} r{1} ''{1}'' '{1}' {1,choice,1#one|1<{1} many}", arguments))
                .isEqualTo("{0} r{1,number,0} ''{1,number,0}'' '{1}' {1,choice,1#one|1<{1,number,0} many}");
    }
}
