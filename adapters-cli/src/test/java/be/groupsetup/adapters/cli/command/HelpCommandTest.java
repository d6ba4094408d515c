package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellCommand;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;

import static org.assertj.core.api.Assertions.assertThat;

class HelpCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @Test
    void givenNoArgument_whenHelpAsked_thenEveryCommandWithItsDescription() {
        Run run = shell.run("help");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        for (Command command : shell.registry().getCommands()) {
            assertThat(run.out()).containsPattern("(?m)^  " + command.getName() + " +"
                    + java.util.regex.Pattern.quote(command.getDescription()) + "$");
        }
        assertThat(run.out()).contains(shell.messages().text("help.footer"));
    }

    @Test
    void givenACommand_whenHelpAsked_thenItsUsageOptionsAndExample() {
        Run run = shell.run("help", "csam", "record");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: csam record NUMBER STEP [--person NAME] [--role ROLE]")
                .contains("--services LIST").contains("Example:")
                .contains(shell.messages().text("command.csam.record.example"));
    }

    @Test
    void givenGroupSet_whenHelpAsked_thenItSaysThatAValueWithAnApostropheMustBeQuoted() {
        Run run = shell.run("help", "group", "set");

        assertThat(run.out()).contains("--last-name \"D'Hondt\"").contains("double quotes").contains("group rename");
    }

    @Test
    void givenEveryCommand_whenHelpAsked_thenEachHasADescriptionAndAnExampleFromTheBundle() {
        for (Command command : shell.registry().getCommands()) {
            ShellCommand ours = (ShellCommand) command;
            assertThat(shell.messages().has("command." + ours.id() + ".description")).as(ours.id()).isTrue();
            assertThat(shell.messages().has("command." + ours.id() + ".example")).as(ours.id()).isTrue();
            Run run = shell.run("help", command.getName().split(" "));
            assertThat(run.exit()).as(command.getName()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).as(command.getName())
                    .contains("Example:\n  " + shell.messages().text("command." + ours.id() + ".example"));
        }
    }

    @Test
    void givenHelpOptionOnACommand_whenRun_thenTheHelpOnStandardOutputAndNothingDone() {
        Run run = shell.run("group new", "94123456", "--help");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: group new NUMBER");
        assertThat(shell.run("group list", "--format", "json").json().get("groups")).isEmpty();
    }

    @Test
    void givenAnUnknownCommand_whenHelpAsked_thenUsageError() {
        Run run = shell.run("help", "group", "frobnicate");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(shell.messages().text("usage.unknown-command", "group frobnicate"));
    }

    @Test
    void givenAnUnknownOption_whenHelpAsked_thenUsageError() {
        assertThat(shell.run("help", "--all").exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void givenTheFirstWordOfCommandNames_whenHelpAsked_thenThoseCommandsWithTheirDescriptions() {
        Run run = shell.run("help", "csam");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines().get(0)).contains("csam");
        assertThat(run.out()).contains("csam record", "csam reset", "csam status", "csam undo",
                shell.messages().text("command.csam.record.description")).doesNotContain("group set");
        assertThat(shell.run("help", "group").out()).contains("group set", "group sheet", "group wizard")
                .doesNotContain("csam record");
    }

    @Test
    void givenAMistypedCommand_whenHelpAsked_thenTheClosestNamesAndUsageError() {
        Run run = shell.run("help", "grup", "status");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Unknown command “grup status” — did you mean group status?");
    }
}
