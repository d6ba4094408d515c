package be.groupsetup.adapters.cli.input;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    private static final List<String> OPTIONS = List.of("--iban", "--bic", "--city", "--company-name", "--format",
            "--phone", "--inami", "--help");

    @Test
    void givenTwoNames_whenMeasured_thenEachLetterLeftOutAddedChangedOrSwappedCountsOne() {
        assertThat(Suggestions.distance("grup status", "group status")).isEqualTo(1);
        assertThat(Suggestions.distance("--ibna", "--iban")).isEqualTo(1);
        assertThat(Suggestions.distance("statsu", "status")).isEqualTo(1);
        assertThat(Suggestions.distance("sheet", "shet")).isEqualTo(1);
        assertThat(Suggestions.distance("abc", "abc")).isZero();
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void givenAMistypedOption_whenSuggested_thenTheClosestOnly() {
        assertThat(Suggestions.closest("--ibna", OPTIONS)).containsExactly("--iban");
        assertThat(Suggestions.closest("--CITY", OPTIONS)).containsExactly("--city");
        assertThat(Suggestions.closest("--formta", OPTIONS)).containsExactly("--format");
    }

    @Test
    void givenANameFarFromEveryOther_whenSuggested_thenNone() {
        assertThat(Suggestions.closest("--frobnicate", OPTIONS)).isEmpty();
        assertThat(Suggestions.closest("xyz", List.of("csam", "group", "help"))).isEmpty();
    }

    @Test
    void givenManyCloseNames_whenSuggested_thenAtMostThreeClosestFirst() {
        List<String> names = List.of("abcdx", "abcdy", "abcdz", "abcde", "abxyz");
        assertThat(Suggestions.closest("abcdw", names)).containsExactly("abcde", "abcdx", "abcdy");
    }

    @Test
    void givenTheNameItself_whenSuggested_thenNotSuggested() {
        assertThat(Suggestions.closest("--iban", OPTIONS)).isEmpty();
    }

    @Test
    void givenNames_whenJoinedAsOneChoice_thenCommasAndTheWordForOr() {
        assertThat(Suggestions.either(List.of("a"), "or")).isEqualTo("a");
        assertThat(Suggestions.either(List.of("a", "b"), "ou")).isEqualTo("a ou b");
        assertThat(Suggestions.either(List.of("a", "b", "c"), "of")).isEqualTo("a, b of c");
    }

    @Test
    void givenTheBeginningOfAWord_whenSuggested_thenTheNamesItBegins() {
        assertThat(Suggestions.closest("group stat", List.of("group status", "group set", "group list")))
                .containsExactly("group status");
        assertThat(Suggestions.closest("group s", List.of("group status", "group set", "group show", "group sheet")))
                .containsExactly("group set", "group show", "group sheet");
        assertThat(Suggestions.closest("--comp", OPTIONS)).containsExactly("--company-name");
    }

    @Test
    void givenADifferentNumberOfWords_whenSuggested_thenNotThatName() {
        assertThat(Suggestions.closest("group", List.of("group status"))).isEmpty();
    }
}
