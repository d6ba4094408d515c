package be.groupsetup.bootstrap;

import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.adapters.persistence.file.FileGroupStore;
import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.domain.configuration.ConfigurationRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static be.groupsetup.bootstrap.ApplicationClassPath.javaCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * groupsetup as a technician's shell starts it: a child JVM on the application's classpath, its arguments given
 * one by one (no shell in between), a data directory of its own, an empty working directory and an empty home.
 * Few on purpose: each one costs a JVM start.
 */
@Execution(ExecutionMode.CONCURRENT)
class GroupsetupProcessTest {

    private static final String GROUP = "94123456001";
    private static final String COMPANY = "Soins à Domicile L'Aurore SRL";

    @TempDir
    Path root;
    private Path dataDir;
    private Path workingDir;
    private Path home;
    /** Settings given with -D (the technician unless a test gives it another way). */
    private final List<String> settings = new ArrayList<>(List.of("-Dgroupsetup.technician=tech-process"));

    record Outcome(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    @BeforeEach
    void folders() throws IOException {
        dataDir = root.resolve("data");
        workingDir = Files.createDirectory(root.resolve("cwd"));
        home = Files.createDirectory(root.resolve("home"));
    }

    private Outcome groupsetup(Path dataDirectory, String... arguments) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("-Duser.home=" + home, "-Dgroupsetup.data-dir=" + dataDirectory));
        options.addAll(settings);
        List<String> command = new ArrayList<>(javaCommand(options));
        command.addAll(List.of(arguments));
        Path out = root.resolve("stdout.txt");
        Path err = root.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("GROUPSETUP_DATA_DIR");
        Process process = builder.start();
        // a guard against a hung child, not a measure of speed: a start takes a few seconds
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("groupsetup " + String.join(" ", arguments) + " did not end");
        }
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The group exists already, made through the file store as a run before this one would have left it. */
    private void existingGroup() {
        FileGroupStore store = new FileGroupStore(DataDirectory.open(dataDir), new JsonDocuments(), Duration.ofSeconds(5),
                Clock.systemUTC());
        new GroupConfigurationService(
                ConfigurationRules.standard(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC)),
                store, Clock.systemUTC()::instant, () -> "tech-before").create(new CreateGroupCommand(GROUP));
    }

    private static void assertNoStackTrace(Outcome outcome) {
        assertThat(outcome.out() + outcome.err()).doesNotContain("\tat ").doesNotContain("Caused by")
                .doesNotContainPattern("(?m)^\\s*[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*(Exception|Error)\\b")
                .doesNotContain("Application run failed");
    }

    private static List<Path> everything(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> !path.equals(folder)).toList();
        }
    }

    @Test
    void givenANewGroup_whenRun_thenExit0OnlyTheResultOnStandardOutputAndOwnerOnlyFilesInTheDataDirectoryOnly()
            throws Exception {
        Outcome outcome = groupsetup(dataDir, "group", "new", "94123456");

        assertThat(outcome.exit()).as(outcome.toString()).isZero();
        assertThat(outcome.outLines()).containsExactly("Group " + GROUP + ": stored (revision 1).",
                "  Partie Tiers Payant / Nr de groupe: — → 94123456-001");
        assertThat(outcome.errLines()).singleElement().asString().startsWith("note").endsWith("[group-number.completed]");
        assertNoStackTrace(outcome);
        assertThat(everything(workingDir)).as("nothing written in the working directory").isEmpty();
        assertThat(everything(home)).as("nothing written in the home directory").isEmpty();
        assumeThat(dataDir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        List<Path> stored = everything(dataDir);
        assertThat(stored).anyMatch(path -> path.getFileName().toString().startsWith(GROUP));
        for (Path path : stored) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                    .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
        }
    }

    @Test
    void givenAValueWithBlanksAndAnApostropheAsOneArgument_whenSet_thenItArrivesWholeAndExit0() throws Exception {
        existingGroup();
        settings.clear();
        Files.createDirectories(home.resolve(".groupsetup"));
        Files.writeString(home.resolve(".groupsetup/groupsetup.properties"), "groupsetup.technician=Tech From File\n");

        Outcome outcome = groupsetup(dataDir, "group", "set", GROUP, "--company-name", COMPANY);

        assertThat(outcome.exit()).as(outcome.toString()).isZero();
        assertThat(outcome.outLines()).containsExactly("Group " + GROUP + ": stored (revision 2).",
                "  Nom de l’entreprise: — → " + COMPANY);
        assertThat(outcome.err()).doesNotContain("Error");
        List<Path> documents = everything(dataDir).stream()
                .filter(path -> path.getFileName().toString().equals(GROUP + ".json")).toList();
        assertThat(documents).hasSize(1);
        assertThat(Files.readString(documents.get(0), StandardCharsets.UTF_8)).contains("\"" + COMPANY + "\"");
        Path history = documents.get(0).resolveSibling(GROUP + ".history.jsonl");
        assertThat(Files.readAllLines(history, StandardCharsets.UTF_8)).last().asString()
                .as("the technician from ~/.groupsetup/groupsetup.properties").contains("Tech From File");
    }

    @Test
    void givenARefusedValue_whenSet_thenExit1NothingOnStandardOutputAndTheRuleOnStandardErrorInTheLanguageSet()
            throws Exception {
        existingGroup();
        settings.add("-Dgroupsetup.language=nl");

        Outcome outcome = groupsetup(dataDir, "group", "set", GROUP, "--iban", "BE68539007547035");

        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(1);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).contains("[iban.checksum]").contains("controlecijfers van de IBAN");
        assertNoStackTrace(outcome);
    }

    @Test
    void givenASpringPropertyAsACommandOption_whenRun_thenItIsTheCommandsUsageErrorNotASetting() throws Exception {
        existingGroup();

        Outcome outcome = groupsetup(dataDir, "group", "show", GROUP, "--spring.main.banner-mode=console");

        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(2);
        assertThat(outcome.out()).as("no banner, no result").isEmpty();
        assertThat(outcome.errLines()).containsExactly(
                "Error: Unknown option --spring.main.banner-mode for group show.",
                "Usage: group show NUMBER [--format text|json]   (see: help group show)");
    }

    @Test
    void givenADataDirectoryThatCannotBeCreated_whenRun_thenExit3WithOneLineAndNoStackTrace() throws Exception {
        Path regularFile = Files.writeString(root.resolve("not-a-folder"), "x");

        Outcome outcome = groupsetup(regularFile.resolve("data"), "group", "list");

        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(3);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.errLines()).singleElement().asString().startsWith("groupsetup cannot start: ")
                .contains("not-a-folder");
        assertNoStackTrace(outcome);
        assertThat(everything(workingDir)).isEmpty();
    }
}
