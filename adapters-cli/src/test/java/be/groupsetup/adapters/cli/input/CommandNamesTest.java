package be.groupsetup.adapters.cli.input;

import be.groupsetup.adapters.cli.ShellFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CommandNamesTest {

    private final ShellFixture shell = ShellFixture.english();
    private final CommandNames names = new CommandNames(shell::registry);

    private Optional<String> longest(String... words) {
        return names.longest(List.of(words)).map(match -> match.command().getName() + "/" + match.nameWords());
    }

    @Test
    void givenTheWordsOfATwoWordCommandAndItsArguments_whenMatched_thenThatCommandTakingTwoWords() {
        assertThat(longest("group", "set", "94123456001", "--city", "Liège")).contains("group set/2");
        assertThat(longest("csam", "record", "94123456001", "authority")).contains("csam record/2");
    }

    @Test
    void givenAOneWordCommandWhoseArgumentsAreCommandNames_whenMatched_thenTheOneWordCommand() {
        assertThat(longest("help", "group", "set")).contains("help/1");
    }

    @Test
    void givenWordsThatOnlyBeginACommandName_whenMatched_thenNone() {
        assertThat(longest("group")).isEmpty();
        assertThat(longest("group", "frobnicate", "now")).isEmpty();
        assertThat(longest("frobnicate")).isEmpty();
        assertThat(longest()).isEmpty();
    }

    @Test
    void givenAWordThatIsOnlyTheBeginningOfANameWord_whenMatched_thenNotTakenAsTheCommand() {
        assertThat(longest("group", "se", "94123456001")).isEmpty();
    }

    @Test
    void givenWordsThatAreExactlyAName_whenLookedUp_thenThatCommandElseNone() {
        assertThat(names.exactly(List.of("csam", "undo"))).map(c -> c.getName()).contains("csam undo");
        assertThat(names.exactly(List.of("csam", "undo", "94123456001"))).isEmpty();
        assertThat(names.exactly(List.of("csam"))).isEmpty();
    }

    @Test
    void givenTheFirstWordsOfNames_whenAskedWhatFollows_thenTheNextWordsSorted() {
        assertThat(names.nextWords(List.of())).containsExactly("csam", "group", "help", "language", "serve");
        assertThat(names.nextWords(List.of("csam"))).containsExactly("record", "reset", "status", "undo");
        assertThat(names.nextWords(List.of("csam", "record"))).isEmpty();
        assertThat(names.nextWords(List.of("cs"))).isEmpty();
    }

    @Test
    void givenTheFirstWordOfNames_whenAskedWhichContinueIt_thenTheFullNamesSorted() {
        assertThat(names.continuing(List.of("csam")))
                .containsExactly("csam record", "csam reset", "csam status", "csam undo");
        assertThat(names.continuing(List.of("frobnicate"))).isEmpty();
    }

    @Test
    void givenAMistypedName_whenSuggested_thenTheClosestNamesWithTheWordsTakenForIt() {
        assertThat(names.suggest(List.of("grup", "status", "94123456001")))
                .isEqualTo(new CommandNames.Suggestion("grup status", List.of("group status")));
        assertThat(names.suggest(List.of("csam", "statsu"))).isEqualTo(new CommandNames.Suggestion("csam statsu",
                List.of("csam status")));
        assertThat(names.suggest(List.of("grup"))).isEqualTo(new CommandNames.Suggestion("grup", List.of("group")));
    }

    @Test
    void givenWordsFarFromEveryName_whenSuggested_thenNone() {
        assertThat(names.suggest(List.of("frobnicate", "now")).names()).isEmpty();
        assertThat(names.suggest(List.of("group", "frobnicate")).names()).isEmpty();
    }
}
