package be.groupsetup.adapters.cli.output;

import be.groupsetup.domain.text.UnsafeCharacters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pieces that keep output from acting (issue 11, items 2 and 8): the escapes of text and JSON, the writer every
 * console goes through, the Markdown cells, and whole numbers without grouping in every language.
 */
class SafeOutputTest {

    private static final String HOSTILE = "a\u001b[31mb\u202Ec\u200Bd\u2028e\u0085f\u00ADg\uDB40\uDC01h\uD800i\u007Fj\uE000k";

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
    void givenAJsonDocumentWithRawUnsafeCharacters_whenMadeSafe_thenJsonEscapesThatReadBackTheSame() {
        String document = "{\n  \"name\": \"" + HOSTILE + "\"\n}\n";

        String safe = SafeText.json(document);

        assertThat(UnsafeCharacters.first(safe.replace("\n", ""))).isEmpty();
        assertThat(JsonMapper.builder().build().readTree(safe).get("name").stringValue()).isEqualTo(HOSTILE);
    }

    @Test
    void givenAnyDocument_whenWrittenAsJson_thenNoUnsafeCharacterRawAndItReadsBackTheSame() {
        String json = Json.write(Json.object("name", HOSTILE, "revision", 1164L, "list", List.of(HOSTILE)));

        assertThat(UnsafeCharacters.first(json.replace("\n", ""))).isEmpty();
        assertThat(json).contains("\\u202E").contains("\\u2028").contains("\\u007F").contains("\\uDB40\\uDC01")
                .contains("\"revision\" : 1164");
        assertThat(JsonMapper.builder().build().readTree(json).get("name").stringValue()).isEqualTo(HOSTILE);
        // ordinary letters stay readable
        assertThat(Json.write(Map.of("city", "Liège"))).contains("Liège");
    }

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
        assertThat(messages.text("import.done", "94123456001", 1234567)).contains("1234567");
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

    @Test
    void givenAMarkdownCell_whenEscaped_thenBackslashPipeAndMarkupEscaped() {
        assertThat(SheetRenderer.cell("a|b\\c<d>&e\nf")).isEqualTo("a\\|b\\\\c\\<d\\>\\&e f");
    }

    @Test
    void givenTextToType_whenACodeSpan_thenPipesEscapedAndTheFenceLongerThanAnyBackquoteRun() {
        assertThat(SheetRenderer.codeSpan("BE68539007547034")).isEqualTo("`BE68539007547034`");
        assertThat(SheetRenderer.codeSpan("x`y|z")).isEqualTo("``x`y\\|z``");
        assertThat(SheetRenderer.codeSpan("`x")).isEqualTo("`` `x ``");
    }

    @Test
    void givenAStepLink_whenJudged_thenOnlyHttpAndHttpsAreLinks() {
        assertThat(SheetRenderer.isWebLink("https://www.ehealth.fgov.be/")).isTrue();
        assertThat(SheetRenderer.isWebLink("javascript:alert(1)")).isFalse();
        assertThat(SheetRenderer.isWebLink("https://x\" onmouseover=\"alert(1)")).isFalse();
    }
}
