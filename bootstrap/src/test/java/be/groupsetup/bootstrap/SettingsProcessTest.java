package be.groupsetup.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static be.groupsetup.bootstrap.ApplicationClassPath.javaCommand;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's ordinary mistakes in the settings, and an unsafe data directory, through the real application in a
 * child JVM (as {@link GroupsetupProcessTest}): each ends with exit 2 and one line on standard error saying what is
 * wrong and what is expected — never exit 3, never a stack trace, never an exception's name — and nothing stored.
 * A database that cannot be reached is the environment: exit 3, one line, no library's stack trace.
 */
@Execution(ExecutionMode.CONCURRENT)
class SettingsProcessTest {

    @TempDir
    Path root;
    private Path dataDir;
    private Path home;
    private final List<String> settings = new ArrayList<>(List.of("-Dgroupsetup.technician=tech-settings"));
    private final Map<String, String> environment = new HashMap<>();
    private boolean dataDirSetting = true;

    record Outcome(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    @BeforeEach
    void folders() throws IOException {
        dataDir = root.resolve("data");
        home = Files.createDirectory(root.resolve("home"));
    }

    @Test
    void givenALockTimeoutOfAMillionDays_whenAChangeRuns_thenExit2NamingADurationLike30sAndNothingStored()
            throws Exception {
        environment.put("GROUPSETUP_LOCKTIMEOUT", "1000000d");

        Outcome outcome = groupsetup("group", "new", "94123456");

        assertUserMistake(outcome);
        assertThat(outcome.err()).contains("GROUPSETUP_LOCKTIMEOUT").contains("1000000d").contains("30s")
                .contains("from 0s to 1h");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void givenAnEmptyDataDirectorySetting_whenRun_thenExit2SayingToSetAnExistingFolderOrLeaveItUnset()
            throws Exception {
        dataDirSetting = false;
        environment.put("GROUPSETUP_DATA_DIR", "");

        Outcome outcome = groupsetup("group", "list");

        assertUserMistake(outcome);
        assertThat(outcome.err()).contains("GROUPSETUP_DATA_DIR").contains("set it to an existing folder, or leave it unset");
        assertThat(home.resolve(".groupsetup")).doesNotExist();
    }

    // three tests rather than one, so that their child processes run side by side (the class runs concurrently)
    @Test
    void givenAFrenchLocaleAndNoSetting_whenHelpRuns_thenItIsInFrenchAndSaysHowToChange() throws Exception {
        locale("fr_BE.UTF-8");
        Outcome french = groupsetup("help");
        assertThat(french.exit()).isZero();
        assertThat(french.out()).contains("les commandes").contains("Langue\u202F: fr").contains("GROUPSETUP_LANGUAGE");
    }

    @Test
    void givenADutchLocaleAndNoSetting_whenHelpRuns_thenItIsInDutch() throws Exception {
        locale("nl_BE.UTF-8");
        assertThat(groupsetup("help").out()).contains("Taal: nl");
    }

    @Test
    void givenALocaleAndASetting_whenRun_thenTheSettingWins_andMinusDBeforeTheCommandWinsOverTheEnvironment()
            throws Exception {
        locale("nl_BE.UTF-8");
        environment.put("GROUPSETUP_LANGUAGE", "en");
        assertThat(groupsetup("help").out()).contains("Language: en");
        assertThat(groupsetup("-Dgroupsetup.language=fr", "version").out()).contains("langue\u202F: fr");
    }

    @Test
    void givenAnotherApplicationsSettingsFilesInTheWorkingFolder_whenRun_thenNoneOfThemChangesGroupsetup()
            throws Exception {
        String foreign = "groupsetup.language=nl\ngroupsetup.storage=postgres\n"
                + "spring.datasource.url=jdbc:postgresql://other-application.invalid/theirs\n";
        Files.writeString(root.resolve("application.properties"), foreign);
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve("config").resolve("application.properties"), foreign);
        Files.writeString(root.resolve("application.yaml"), "groupsetup:\n  language: fr\n");
        locale("en_BE.UTF-8");

        Outcome outcome = groupsetup("version");

        assertThat(outcome.exit()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("Language: en").contains("file, " + dataDir).doesNotContain("postgres");
    }

    private void locale(String lang) {
        environment.put("LC_ALL", "");
        environment.put("LC_MESSAGES", "");
        environment.put("LANG", lang);
    }

    @Test
    void givenALanguageGroupsetupDoesNotSpeak_whenRun_thenExit2NamingTheThree() throws Exception {
        environment.put("GROUPSETUP_LANGUAGE", "de");

        Outcome outcome = groupsetup("group", "list");

        assertUserMistake(outcome);
        assertThat(outcome.err()).contains("GROUPSETUP_LANGUAGE").contains("“de”").contains("en, fr or nl");
    }

    @Test
    void givenAStorageNoStoreIsNamed_whenRun_thenExit2InOneLineListingTheKnownStores() throws Exception {
        settings.add("-Dgroupsetup.storage=mongo");

        Outcome outcome = groupsetup("group", "list");

        assertUserMistake(outcome);
        assertThat(outcome.err()).contains("“mongo”").contains("Expected one of: file, postgres.");
    }

    @Test
    void givenJdbcPostgresInsteadOfPostgresqlOrAPortThatIsNotANumber_whenRun_thenExit2NamingTheExpectedForm()
            throws Exception {
        settings.addAll(List.of("-Dgroupsetup.storage=postgres",
                "-Dspring.datasource.url=jdbc:postgres://anne:secret@db.example:5432/groupsetup"));

        Outcome scheme = groupsetup("group", "list");

        assertUserMistake(scheme);
        assertThat(scheme.err()).contains("jdbc:postgresql://HOST:PORT/DATABASE").contains("jdbc:postgres://")
                .doesNotContain("secret");

        settings.set(settings.size() - 1, "-Dspring.datasource.url=jdbc:postgresql://db.example:54x2/groupsetup");
        Outcome port = groupsetup("group", "list");

        assertUserMistake(port);
        assertThat(port.err()).contains("“54x2”").contains("jdbc:postgresql://HOST:PORT/DATABASE");
    }

    @Test
    void givenADatabaseThatCannotBeReached_whenRun_thenExit3InOneLineNamingTheUrlWithoutPasswordAndNoLibraryTrace()
            throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        settings.addAll(List.of("-Dgroupsetup.storage=postgres",
                "-Dspring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/groupsetup?password=secret",
                "-Dspring.datasource.password=secret"));

        Outcome outcome = groupsetup("group", "new", "94123456");

        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(3);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.errLines()).singleElement().asString()
                .startsWith("Error: The database jdbc:postgresql://127.0.0.1:" + closedPort + "/groupsetup cannot be used:")
                .contains("Nothing was stored").contains("spring.datasource.url");
        assertThat(outcome.err()).doesNotContain("secret");
        assertNoStackTrace(outcome);
    }

    @Test
    void givenADataDirectoryEveryoneCanWriteTo_whenRun_thenExit2SayingWhatToRunAndItsModeIsKept() throws Exception {
        Files.createDirectory(dataDir);
        Files.setAttribute(dataDir, "unix:mode", 01777);

        Outcome outcome = groupsetup("group", "new", "94123456");

        assertUserMistake(outcome);
        assertThat(outcome.err()).contains("(mode 1777)").contains("Run: chmod 700 " + dataDir);
        assertThat((Integer) Files.getAttribute(dataDir, "unix:mode") & 07777).isEqualTo(01777);
        try (Stream<Path> inside = Files.list(dataDir)) {
            assertThat(inside).as("nothing created in it, not even the shell's history").isEmpty();
        }
    }

    @Test
    void givenTheSettingsFileIsASymbolicLink_whenRun_thenExit2AndTheFileItPointsToIsNotRead() throws Exception {
        Path outside = Files.writeString(root.resolve("outside.properties"), "groupsetup.technician=From Outside\n");
        Files.createDirectories(home.resolve(".groupsetup"));
        Files.createSymbolicLink(home.resolve(".groupsetup").resolve("groupsetup.properties"), outside);

        Outcome outcome = groupsetup("group", "list");

        assertUserMistake(outcome);
        assertThat(outcome.err()).contains("groupsetup.properties is a symbolic link");
    }

    @Test
    void givenATechnicianNameWithAnEscapeCharacter_whenRun_thenExit2AtStartNamingTheCharacterAndNothingStored()
            throws Exception {
        settings.set(0, "-Dgroupsetup.technician=Evil\u001b[31mRED");

        Outcome outcome = groupsetup("group", "new", "94123456");

        assertUserMistake(outcome);
        assertThat(outcome.err()).contains("U+001B").doesNotContain("\u001b");
        assertThat(dataDir.resolve("groups").resolve("94123456001.json")).doesNotExist();
    }

    private void assertUserMistake(Outcome outcome) {
        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.errLines()).as(outcome.err()).singleElement().asString().startsWith("groupsetup cannot start: ");
        assertNoStackTrace(outcome);
    }

    private static void assertNoStackTrace(Outcome outcome) {
        assertThat(outcome.out() + outcome.err()).doesNotContain("\tat ").doesNotContain("Caused by")
                .doesNotContainPattern("\\b[A-Z]\\w*(Exception|Error)\\b").doesNotContain("WARNING")
                .doesNotContain("Application run failed");
    }

    private Outcome groupsetup(String... arguments) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("-Duser.home=" + home));
        if (dataDirSetting) {
            options.add("-Dgroupsetup.data-dir=" + dataDir);
        }
        options.addAll(settings);
        List<String> command = new ArrayList<>(javaCommand(options));
        command.addAll(List.of(arguments));
        Path out = root.resolve("stdout.txt");
        Path err = root.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.startsWith("GROUPSETUP_") || name.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("groupsetup " + String.join(" ", arguments) + " did not end");
        }
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
