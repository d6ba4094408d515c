package be.groupsetup.presentation.sheet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sheet's escapes by format: Markdown cells and code spans, and which step links become links. */
class SheetEscapingTest {

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
