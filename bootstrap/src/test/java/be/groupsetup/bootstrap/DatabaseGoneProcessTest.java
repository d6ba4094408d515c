package be.groupsetup.bootstrap;

import be.groupsetup.persistence.document.ArchiveCodec;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.adapters.persistence.file.FileGroupStore;
import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.value.GroupNumber;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static be.groupsetup.bootstrap.ApplicationClassPath.javaCommand;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped in the middle of a script, as a technician meets it: a child JVM runs {@code @FILE}, whose first
 * command uses the database (the pool keeps its connection) and whose second, {@code group import -}, waits for its
 * standard input — meanwhile the test stops the server, then gives the export. The command that meets the dead
 * connection says so in one line (what failed, the URL without its password, that nothing was stored, what to
 * check), exit 3; no library prints a stack trace or anything else (before this release: the pool's 47 lines).
 */
@Tag("slow") // a database started, stopped and a child process waiting on it: run by the profile slow (CI runs it)
class DatabaseGoneProcessTest {

    private static final String PASSWORD = "team-Secret-2";

    @TempDir
    Path root;

    @Test
    void givenTheDatabaseStoppedBetweenTwoCommandsOfAScript_whenTheNextOneRuns_thenOneLineExit3AndNoLibraryTrace()
            throws Exception {
        EmbeddedPostgres database = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        String export = anExport();
        Path script = Files.writeString(root.resolve("script.txt"), "group list\ngroup import -\ngroup list\n");
        String url = "jdbc:postgresql://localhost:" + database.getPort() + "/postgres";
        List<String> command = new ArrayList<>(javaCommand("-Duser.home=" + Files.createDirectory(root.resolve("home")),
                "-Dgroupsetup.data-dir=" + root.resolve("data"), "-Dgroupsetup.technician=tech-gone",
                "-Dgroupsetup.storage=postgres", "-Dspring.datasource.url=" + url,
                "-Dspring.datasource.username=postgres", "-Dspring.datasource.password=" + PASSWORD));
        command.add("@" + script);
        Path err = root.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("GROUPSETUP_") || name.startsWith("SPRING_")
                || name.startsWith("LOGGING_"));
        Process process = builder.start();
        List<String> out = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> firstResult = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    out.add(line);
                    firstResult.complete(null);
                }
            } catch (java.io.IOException e) {
                // the child ended
            }
            firstResult.complete(null);
        });
        reader.start();
        try {
            firstResult.get(3, TimeUnit.MINUTES);
            assertThat(out).as("the first command used the database").anyMatch(line -> line.contains("No groups"));
        } finally {
            database.close();
        }
        try (OutputStream in = process.getOutputStream()) {
            in.write(export.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the child ends").isTrue();
        reader.join(10_000);
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        List<String> errorLines = errors.lines().filter(line -> !line.isBlank()).toList();

        assertThat(process.exitValue()).as(errors).isEqualTo(3);
        assertThat(errorLines.get(0)).startsWith("Error: The database " + url + " cannot be used:")
                .contains("Nothing was stored").contains("spring.datasource.url");
        assertThat(errorLines).as("the error, then the line of the script it stopped at").hasSize(2);
        assertThat(errorLines.get(1)).contains("group import -");
        assertThat(errors + String.join("\n", out)).doesNotContain(PASSWORD).doesNotContain("\tat ")
                .doesNotContain("Caused by").doesNotContainPattern("\\b[A-Z]\\w*(Exception|Error)\\b")
                .doesNotContain("hikari").doesNotContain("WARN");
    }

    /** An export of a group made in a file store, as a colleague would send it. */
    private String anExport() {
        FileGroupStore files = new FileGroupStore(DataDirectory.open(root.resolve("colleague")), new JsonDocuments(),
                Duration.ofSeconds(5), Clock.systemUTC());
        new GroupConfigurationService(ConfigurationRules.standard(Clock.systemUTC()), files, Clock.systemUTC()::instant,
                () -> "tech-colleague").create(new CreateGroupCommand("94123456001"));
        return new ArchiveCodec(new JsonDocuments()).encode(files.export(new GroupNumber("94123456001")).orElseThrow());
    }
}
