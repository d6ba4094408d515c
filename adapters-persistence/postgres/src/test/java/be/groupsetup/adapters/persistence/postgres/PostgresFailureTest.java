package be.groupsetup.adapters.persistence.postgres;

import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.error.StorageException;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.field.FieldKey;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static be.groupsetup.adapters.persistence.postgres.Changes.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database that is down, unreachable or stopped in the middle of a change: a {@link StorageException} that names
 * the URL without its password (the shell's exit status 3, one line), and nothing half-written.
 */
class PostgresFailureTest {

    private static final String SECRET = "s3cret-Pa55";

    @TempDir
    Path temporary;

    @Test
    void givenNoDatabaseListening_whenTheStoreIsUsed_thenStorageExceptionNamingTheUrlWithoutItsPassword() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/groupsetup?user=groupsetup&password=" + SECRET;
        try (PostgresDatabase database = PostgresDatabase.open(
                new PostgresSettings(url, "groupsetup", SECRET, null, Duration.ofSeconds(10)))) {
            PostgresGroupStore store = new PostgresGroupStore(database, new JsonDocuments());
            long started = System.nanoTime();

            assertThatThrownBy(() -> store.load(GROUP)).isInstanceOfSatisfying(StorageException.class, e -> {
                assertThat(e.code()).isEqualTo("storage.database");
                assertThat(e.arguments().get(0))
                        .isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/groupsetup?user=groupsetup");
                assertThat(String.join(" ", e.arguments())).doesNotContain(SECRET).contains("refused");
                assertThat(e.isEnvironmentFailure()).isTrue();
            });
            System.out.printf("PostgresFailureTest: nothing listening on port %d, refused after %d ms%n", port,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Test
    @Tag("slow") // waits out the socket timeout: run by the profile slow (CI runs it)
    void givenAServerThatAcceptsConnectionsButNeverAnswers_whenTheStoreIsUsed_thenItGivesUpWithAStorageException()
            throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    held.forEach(PostgresFailureTest::closeQuietly);
                }
            }, "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/groupsetup";
            try (PostgresDatabase database = PostgresDatabase.open(
                    new PostgresSettings(url, "groupsetup", SECRET, null, Duration.ofSeconds(10)))) {
                long started = System.nanoTime();

                assertThatThrownBy(() -> new PostgresGroupStore(database, new JsonDocuments()).list(s -> null, "test"))
                        .isInstanceOfSatisfying(StorageException.class, e -> {
                            assertThat(e.code()).isEqualTo("storage.database");
                            assertThat(e.arguments()).containsExactly(url, "Connection attempt timed out. [08001]");
                        });
                System.out.printf("PostgresFailureTest: a server that never answers given up after %d ms%n",
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    @Test
    void givenTheDatabaseStoppedInTheMiddleOfAChange_whenItRunsAgain_thenNothingOfTheChangeWasWrittenAndTheStoreWorksOn()
            throws IOException {
        Path data = temporary.resolve("pgdata");
        EmbeddedPostgres server = ownServer(data, 0);
        int port = server.getPort();
        String url = server.getJdbcUrl("postgres", "postgres") + "&password=" + SECRET;
        PostgresSettings settings = new PostgresSettings(url, "postgres", SECRET, "failure", Duration.ofSeconds(10));
        EmbeddedPostgres restarted = null;
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            PostgresGroupStore store = new PostgresGroupStore(database, new JsonDocuments());
            store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
            new GroupUpdates(store).update(GROUP, Changes.set(FieldKey.CITY, "Namur"));
            StoredGroup before = store.load(GROUP).orElseThrow();
            List<HistoryEntry> historyBefore = store.history(GROUP);
            EmbeddedPostgres running = server;

            // the server goes down after the change was decided, before anything of it is written
            assertThatThrownBy(() -> new GroupUpdates(store).update(GROUP, fresh -> {
                close(running);
                return Changes.set(FieldKey.CITY, "Liège").decide(fresh);
            })).isInstanceOfSatisfying(StorageException.class, e -> {
                assertThat(e.code()).isEqualTo("storage.database");
                assertThat(e.arguments().get(0)).isEqualTo(server.getJdbcUrl("postgres", "postgres"));
                assertThat(String.join(" ", e.arguments())).doesNotContain(SECRET);
            });
            // and while it is down
            assertThatThrownBy(() -> store.load(GROUP)).isInstanceOf(StorageException.class)
                    .extracting(e -> ((StorageException) e).code()).isEqualTo("storage.database");

            restarted = ownServer(data, port);
            assertThat(store.load(GROUP)).contains(before);
            assertThat(store.history(GROUP)).isEqualTo(historyBefore);
            new GroupUpdates(store).update(GROUP, Changes.set(FieldKey.CITY, "Liège"));
            assertThat(store.load(GROUP).orElseThrow().revision()).isEqualTo(before.revision() + 1);
        } finally {
            close(server);
            if (restarted != null) {
                close(restarted);
            }
        }
    }

    /** A server on a data directory that survives it, so that it can be started again on the same port. */
    private static EmbeddedPostgres ownServer(Path data, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60));
        if (port != 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // the test is over
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
