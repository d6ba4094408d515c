package be.groupsetup.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static be.groupsetup.bootstrap.ApplicationClassPath.javaCommand;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code groupsetup.storage=postgres} not one class of the PostgreSQL store, its pool, Flyway or the driver
 * is loaded: a one-shot command of the file storage starts as it did before that store existed. Each case is a
 * child JVM logging the classes it loads.
 */
@Execution(ExecutionMode.CONCURRENT)
class StorageSelectionTest {

    /**
     * Packages only the PostgreSQL storage uses. Its provider ({@code PostgresStoreProvider}, one small class naming
     * nothing but the class that opens the store) is loaded by the registry at every start to learn the store's name;
     * nothing else of it may be.
     */
    private static final List<String> POSTGRES_ONLY = List.of("be.groupsetup.adapters.persistence.postgres.",
            "com.zaxxer.hikari.", "org.flywaydb.", "org.postgresql.");
    private static final String POSTGRES_PROVIDER = "be.groupsetup.adapters.persistence.postgres.PostgresStoreProvider";

    @Test
    void givenTheFileStorage_whenACommandRunsInItsOwnJvm_thenNoClassOfThePostgresStorageIsLoaded(@TempDir Path root)
            throws Exception {
        List<String> loaded = loadedClasses(root, List.of(), "group", "list");

        assertThat(loaded).as("classes loaded").hasSizeGreaterThan(1000);
        assertThat(loaded).contains(POSTGRES_PROVIDER);
        assertThat(loaded).filteredOn(StorageSelectionTest::postgresOnly).containsExactly(POSTGRES_PROVIDER);
    }

    /** The check above can fail: the same command on the PostgreSQL storage loads them. */
    @Test
    void givenThePostgresStorage_whenACommandRunsInItsOwnJvm_thenItsClassesAreLoaded(@TempDir Path root)
            throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> loaded = loadedClasses(root, List.of("-Dgroupsetup.storage=postgres",
                "-Dspring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/groupsetup"), "group", "list");

        assertThat(loaded).filteredOn(StorageSelectionTest::postgresOnly)
                .anyMatch(name -> name.startsWith("be.groupsetup.adapters.persistence.postgres."))
                .anyMatch(name -> name.startsWith("com.zaxxer.hikari."))
                .anyMatch(name -> name.startsWith("org.postgresql."));
    }

    private static boolean postgresOnly(String className) {
        return POSTGRES_ONLY.stream().anyMatch(className::startsWith);
    }

    /** Runs groupsetup in a child JVM that logs every class it loads; their names. */
    private static List<String> loadedClasses(Path root, List<String> settings, String... words)
            throws IOException, InterruptedException {
        Path log = root.resolve("classes.log");
        List<String> options = new ArrayList<>(List.of("-Xlog:class+load=info:file=" + log,
                "-Duser.home=" + Files.createDirectories(root.resolve("home")),
                "-Dgroupsetup.data-dir=" + root.resolve("data"), "-Dgroupsetup.technician=tech-selection"));
        options.addAll(settings);
        List<String> command = new ArrayList<>(javaCommand(options));
        command.addAll(List.of(words));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(root.resolve("stderr.txt").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the child ends").isTrue();
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            // [0.012s][info][class,load] java.lang.Object source: shared objects file
            int start = line.indexOf("] ", line.indexOf("class,load"));
            if (start > 0) {
                String rest = line.substring(start + 2);
                int space = rest.indexOf(' ');
                names.add(space < 0 ? rest : rest.substring(0, space));
            }
        }
        return names;
    }
}
