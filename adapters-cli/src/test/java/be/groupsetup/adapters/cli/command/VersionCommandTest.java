package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ScriptedPrompter;
import be.groupsetup.adapters.cli.ShellSession;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.text.Messages;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VersionCommandTest {

    @Test
    void givenTheFacts_whenVersionAsked_thenOneLineWithTheReleaseTheJavaTheStorageAndTheLanguage() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        VersionCommand version = new VersionCommand(
                new ShellSupport(Messages.forLanguage("fr", null), new ShellSession(), new ScriptedPrompter()),
                new VersionCommand.Facts("1.2.3", "file, /data", "fr"));

        int exit = version.runWords(List.of(), new Console(new PrintWriter(out), new PrintWriter(err)));

        assertThat(exit).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("groupsetup 1.2.3 · Java " + Runtime.version())
                .contains("stockage\u202F: file, /data").contains("langue\u202F: fr");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void givenAnArgument_whenVersionAsked_thenUsageError() {
        StringWriter out = new StringWriter();
        VersionCommand version = new VersionCommand(
                new ShellSupport(Messages.forLanguage("en", null), new ShellSession(), new ScriptedPrompter()),
                new VersionCommand.Facts("1.2.3", "file", "en"));

        int exit = version.runWords(List.of("extra"), new Console(new PrintWriter(out), new PrintWriter(new StringWriter())));

        assertThat(exit).isEqualTo(ExitCode.USAGE);
    }
}
