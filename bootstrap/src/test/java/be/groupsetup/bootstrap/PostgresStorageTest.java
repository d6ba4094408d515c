package be.groupsetup.bootstrap;

import be.groupsetup.adapters.cli.runner.GroupsetupRunner;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.adapters.persistence.file.FileGroupStore;
import be.groupsetup.adapters.persistence.postgres.PostgresGroupStore;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.port.in.SetFieldsCommand;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.Storage;
import be.groupsetup.application.port.out.TransferGroupPort;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.value.GroupNumber;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on the shared PostgreSQL storage, chosen by {@code groupsetup.storage=postgres} with the three
 * standard {@code spring.datasource.*} settings, on a real PostgreSQL the test starts; and {@code storage migrate}
 * bringing the groups of the file storage (the data directory) over, through the real runner.
 */
@SpringBootTest(properties = {"groupsetup.shell.autorun=false", "groupsetup.technician=tech-postgres",
        "groupsetup.storage=postgres"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresStorageTest {

    private static final GroupNumber FIRST = new GroupNumber("94123456001");
    private static final GroupNumber SECOND = new GroupNumber("94654321001");
    private static final String PASSWORD = "team-Secret-1";

    /** Kept until the context is closed (after the class): JLine writes the shell's history there on closing. */
    @TempDir
    static Path folder;
    private static EmbeddedPostgres database;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws IOException {
        database = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        registry.add("groupsetup.data-dir", () -> folder.resolve("data").toString());
        // the URL as a team writes it: without the user, given apart like the password
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + database.getPort() + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        database.close();
    }

    @Autowired
    private GroupsetupRunner runner;
    @Autowired
    private ApplicationContext context;

    record Result(int exit, String out, String err) {
    }

    private Result run(String... words) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = runner.run(words, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    private static FileGroupStore fileStore() {
        return new FileGroupStore(DataDirectory.open(folder.resolve("data")), new JsonDocuments(),
                Duration.ofSeconds(10), Clock.systemUTC());
    }

    @Test
    @Order(1)
    void givenStoragePostgres_whenTheApplicationStarts_thenThePostgresStoreServesEveryStoragePort() {
        assertThat(context.getBean(Storage.class)).isInstanceOf(PostgresGroupStore.class);
        assertThat(context.getBeanNamesForType(FileGroupStore.class)).isEmpty();

        Result created = run("group", "new", "94300001");
        Result listed = run("group", "list", "--format", "json");

        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(listed.out()).contains("\"94300001001\"");
        assertThat(fileStore().numbers()).as("nothing written to the data directory").isEmpty();
    }

    @Test
    @Order(2)
    void givenGroupsInTheFileStorage_whenMigrated_thenEachIsCopiedWithItsHistoryVerifiedAndTheFilesAreUnchanged()
            throws IOException {
        FileGroupStore files = fileStore();
        GroupConfigurationService technician = new GroupConfigurationService(
                ConfigurationRules.standard(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC)), files,
                Clock.systemUTC()::instant, () -> "tech-files");
        technician.create(new CreateGroupCommand(FIRST.value()));
        technician.set(new SetFieldsCommand(FIRST.value(), Map.of(FieldKey.COMPANY_NAME, "Soins à Domicile L'Aurore SRL",
                FieldKey.CITY, "Liège", FieldKey.POSTAL_CODE, "4000")));
        technician.create(new CreateGroupCommand(SECOND.value()));
        Map<Path, byte[]> before = snapshot(folder.resolve("data").resolve("groups"));

        Result migrated = run("storage", "migrate");

        assertThat(migrated.exit()).as(migrated.err()).isZero();
        assertThat(migrated.out()).contains("jdbc:postgresql://localhost:" + database.getPort() + "/postgres")
                .doesNotContain(PASSWORD)
                .contains(FIRST.value() + "  copied: revision 2, 2 history entries, read back identical")
                .contains(SECOND.value() + "  copied: revision 1, 1 history entry, read back identical")
                .contains("2 groups: 2 copied, 0 already there, 0 skipped, 0 failed.");
        assertThat(migrated.err()).as("the progress, on standard error").contains("1/2 " + FIRST.value() + " copied")
                .contains("2/2 " + SECOND.value() + " copied");
        TransferGroupPort postgres = context.getBean(TransferGroupPort.class);
        assertThat(postgres.export(FIRST)).isEqualTo(files.export(FIRST));
        assertThat(postgres.export(SECOND)).isEqualTo(files.export(SECOND));
        List<HistoryEntry> history = context.getBean(GroupStore.class)
                .history(FIRST);
        assertThat(history).extracting(HistoryEntry::revision).containsExactly(1L, 2L);
        assertThat(snapshot(folder.resolve("data").resolve("groups"))).as("the file storage is unchanged")
                .containsOnlyKeys(before.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).isEqualTo(before.get(path)));

        Result again = run("storage", "migrate");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains(FIRST.value() + "  already in the database, identical");
    }

    @Test
    @Order(3)
    void givenAGroupChangedInTheDatabase_whenMigratedAgain_thenSkippedUnlessReplaceAndThenReplaced() {
        Result changed = run("group", "set", SECOND.value(), "--city", "Namur");
        assertThat(changed.exit()).as(changed.err()).isZero();

        Result skipped = run("storage", "migrate");
        Result replaced = run("storage", "migrate", "--replace");

        assertThat(skipped.exit()).isEqualTo(1);
        assertThat(skipped.out()).contains(SECOND.value() + "  skipped: the database holds this group with other"
                + " content (add --replace to overwrite it)");
        assertThat(replaced.exit()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains(SECOND.value() + "  replaced: revision 1, 1 history entry");
        assertThat(run("group", "show", SECOND.value()).out()).doesNotContain("Namur");
    }

    @Test
    @Order(4)
    void givenBadGroupsInTheFileStorage_whenMigrated_thenEachIsReportedWhyTheOthersCopiedExit1AndARerunCopiesWhatWasFixed()
            throws IOException {
        Path groups = folder.resolve("data").resolve("groups");
        // a damaged document, a history that is a symbolic link to a file outside, a history with a gap
        Files.writeString(groups.resolve("94111111001.json"), "{\"schemaVersion\": 1, \"revi",
                StandardCharsets.UTF_8);
        FileGroupStore files = fileStore();
        GroupConfigurationService technician = new GroupConfigurationService(
                ConfigurationRules.standard(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC)), files,
                Clock.systemUTC()::instant, () -> "tech-files");
        GroupNumber linked = new GroupNumber("94222222001");
        GroupNumber gap = new GroupNumber("94333333001");
        GroupNumber fine = new GroupNumber("94444444001");
        for (GroupNumber number : List.of(linked, gap, fine)) {
            technician.create(new CreateGroupCommand(number.value()));
            technician.set(new SetFieldsCommand(number.value(), Map.of(FieldKey.CITY, "Namur")));
        }
        Path outside = Files.writeString(folder.resolve("outside.txt"), "not groupsetup's\n");
        Path linkedHistory = groups.resolve(linked.value() + ".history.jsonl");
        Files.delete(linkedHistory);
        Files.createSymbolicLink(linkedHistory, outside);
        Path gapHistory = groups.resolve(gap.value() + ".history.jsonl");
        List<String> lines = Files.readAllLines(gapHistory, StandardCharsets.UTF_8);
        Files.writeString(gapHistory, lines.get(1) + "\n", StandardCharsets.UTF_8);

        Result migrated = run("storage", "migrate");

        assertThat(migrated.exit()).as(migrated.err()).isEqualTo(1);
        assertThat(migrated.out()).contains("94111111001  not copied: it cannot be read in the file storage:")
                .contains(linked.value() + "  not copied: it cannot be read in the file storage: it is a symbolic link")
                .contains(gap.value() + "  not copied: refused: its history entry 1 has revision 2 where 1 is expected")
                .contains(fine.value() + "  copied: revision 2, 2 history entries, read back identical")
                .contains(FIRST.value() + "  already in the database, identical")
                .contains("6 groups: 1 copied, 2 already there, 0 skipped, 3 failed.");
        assertThat(migrated.err()).contains("3 groups are not in the database");
        assertThat(Files.readString(outside)).as("never read or written through the link").isEqualTo("not groupsetup's\n");
        assertThat(run("group", "show", "94111111001").err()).contains("There is no group 94111111001");

        // fixed: the link replaced by the history it stood for, the damaged document moved away
        Files.delete(linkedHistory);
        Files.writeString(linkedHistory, String.join("\n", lines).replace(gap.value(), linked.value()) + "\n");
        Files.move(groups.resolve("94111111001.json"), folder.resolve("94111111001.json.kept"));
        Result again = run("storage", "migrate");

        assertThat(again.out()).contains(linked.value() + "  copied")
                .contains(fine.value() + "  already in the database, identical")
                .contains(gap.value() + "  not copied: refused:");
        assertThat(again.exit()).isEqualTo(1);
    }

    @Test
    @Order(5)
    @Tag("slow") // a child process through the connection timeouts: run by the profile slow (CI runs it)
    void givenTheDatabaseStoppedInTheMiddleOfAScript_whenTheNextCommandRuns_thenOneLineNamingTheUrlExit3AndNoLibraryTrace()
            throws IOException {
        // the application's own logging, as a real run sets it up (Spring Boot's replaces it in tests)
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.reset();
        new StandardErrorLogging().configure(logging);
        assertThat(run("group", "list").exit()).as("the pool holds a connection to the running database").isZero();
        PrintStream standardError = System.err;
        ByteArrayOutputStream libraries = new ByteArrayOutputStream();
        Result listed;
        Result created;
        try {
            System.setErr(new PrintStream(libraries, true, StandardCharsets.UTF_8));
            database.close();

            listed = run("group", "list");
            created = run("group", "new", "94300002");
        } finally {
            System.setErr(standardError);
        }

        assertThat(listed.exit()).isEqualTo(3);
        assertThat(listed.err().strip()).doesNotContain("\n").doesNotContain(PASSWORD)
                .startsWith("Error: The database jdbc:postgresql://localhost:" + database.getPort()
                        + "/postgres cannot be used:");
        assertThat(created.exit()).isEqualTo(3);
        assertThat(created.err().strip()).doesNotContain("\n").contains("Nothing was stored")
                .contains("spring.datasource.url");
        String logged = libraries.toString(StandardCharsets.UTF_8);
        assertThat(logged).as("what the libraries printed").doesNotContain("\tat ").doesNotContain("Caused by")
                .doesNotContain("Exception").doesNotContain(PASSWORD);
        assertThat(logged.lines().filter(line -> !line.isBlank()).count()).as(logged).isLessThanOrEqualTo(2);
    }

    private static Map<Path, byte[]> snapshot(Path directory) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(directory)) {
            paths.filter(Files::isRegularFile).forEach(path -> {
                try {
                    files.put(path, Files.readAllBytes(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }
}
