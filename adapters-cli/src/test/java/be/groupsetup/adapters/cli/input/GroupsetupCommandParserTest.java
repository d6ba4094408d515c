package be.groupsetup.adapters.cli.input;

import be.groupsetup.adapters.cli.ShellFixture;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.ParsedInput;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupsetupCommandParserTest {

    private final ShellFixture shell = ShellFixture.english();
    private final GroupsetupCommandParser parser = new GroupsetupCommandParser(shell::registry);

    private static String commandName(ParsedInput input) {
        return String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(input.commandName()),
                input.subCommands().stream()).toList());
    }

    private static List<String> arguments(ParsedInput input) {
        return input.arguments().stream().map(CommandArgument::value).toList();
    }

    @Test
    void givenATypedLine_whenParsed_thenTheLongestCommandNameAndEveryOtherWordWhole() {
        ParsedInput input = parser.parse("group set 94123456001 --company-name \"Soins à Domicile L'Aurore SRL\" --existing");

        assertThat(commandName(input)).isEqualTo("group set");
        assertThat(arguments(input)).containsExactly("94123456001", "--company-name", "Soins à Domicile L'Aurore SRL",
                "--existing");
    }

    @Test
    void givenAOneWordCommand_whenParsed_thenTheRestAreArguments() {
        ParsedInput input = parser.parse("help group set");

        assertThat(commandName(input)).isEqualTo("help");
        assertThat(arguments(input)).containsExactly("group", "set");
    }

    @Test
    void givenAnUnknownCommand_whenParsed_thenItsFirstWordIsTheNameForTheCallerToRefuse() {
        ParsedInput input = parser.parse(List.of("frobnicate", "now"));

        assertThat(commandName(input)).isEqualTo("frobnicate");
        assertThat(shell.registry().getCommandByName("frobnicate")).isNull();
    }

    @Test
    void givenAnUnclosedQuote_whenParsed_thenRefusedWithTheUsageKey() {
        assertThatThrownBy(() -> parser.parse("group set 94123456001 --last-name D'Hondt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("usage.unclosed-apostrophe");
    }
}
