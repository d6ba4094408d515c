package be.groupsetup.adapters.persistence.postgres;

import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.service.UpdateResult;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static be.groupsetup.adapters.persistence.postgres.Changes.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two technicians on two machines: two stores, each with its own connection pool (as two processes have), change
 * the same group at the same time, each its own field, 200 times. The row lock serialises them and each change
 * is decided on the state read under it, so no acknowledged change is lost.
 */
class PostgresConcurrencyTest {

    private static final int CHANGES = 200;
    private static final List<FieldKey> FIELDS = List.of(FieldKey.CITY, FieldKey.STREET);

    /** {@code field}'s {@code counter}-th change was acknowledged to its writer at {@code revision}. */
    private record Acknowledged(FieldKey field, int counter, long revision) {
    }

    @Test
    void givenTwoStoresWithTheirOwnPoolsChangingDifferentFieldsOfOneGroup_whenBothHaveFinished_thenEveryAcknowledgedChangeIsStoredAndInTheHistory()
            throws Exception {
        PostgresSettings settings = TestDatabases.freshSchema(TestDatabases.shared());
        List<PostgresDatabase> databases = List.of(PostgresDatabase.open(settings), PostgresDatabase.open(settings));
        ExecutorService writers = Executors.newFixedThreadPool(FIELDS.size());
        try {
            new PostgresGroupStore(databases.get(0), new JsonDocuments())
                    .create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Acknowledged>>> running = new ArrayList<>();
            for (int w = 0; w < FIELDS.size(); w++) {
                FieldKey field = FIELDS.get(w);
                PostgresGroupStore store = new PostgresGroupStore(databases.get(w), new JsonDocuments());
                running.add(writers.submit(() -> {
                    start.await();
                    List<Acknowledged> acknowledged = new ArrayList<>();
                    for (int i = 1; i <= CHANGES; i++) {
                        UpdateResult<String> result = new GroupUpdates(store).update(GROUP, Changes.set(field, Changes.countValue(field, i)));
                        assertThat(result.written()).as("change %d of %s written", i, field).isTrue();
                        acknowledged.add(new Acknowledged(field, i, result.revision()));
                    }
                    return acknowledged;
                }));
            }
            long started = System.nanoTime();
            start.countDown();
            Map<Long, Acknowledged> byRevision = new TreeMap<>();
            for (Future<List<Acknowledged>> writer : running) {
                for (Acknowledged a : writer.get(5, TimeUnit.MINUTES)) {
                    assertThat(byRevision.put(a.revision(), a)).as("revision %d acknowledged twice", a.revision()).isNull();
                }
            }
            long elapsed = System.nanoTime() - started;

            long last = 1 + (long) FIELDS.size() * CHANGES;
            assertThat(byRevision.keySet()).containsExactlyElementsOf(LongStream.rangeClosed(2, last).boxed().toList());
            PostgresGroupStore reader = new PostgresGroupStore(databases.get(0), new JsonDocuments());
            StoredGroup stored = reader.load(GROUP).orElseThrow();
            assertThat(stored.revision()).isEqualTo(last);
            for (FieldKey field : FIELDS) {
                // every earlier acknowledged value of the field was superseded by this one, acknowledged later
                assertThat(stored.setup().configuration().value(field)).as("final %s", field)
                        .contains(Changes.countValue(field, CHANGES));
            }
            List<HistoryEntry> history = reader.history(GROUP);
            assertThat(history).extracting(HistoryEntry::revision)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
            int switches = 0;
            FieldKey before = null;
            for (HistoryEntry entry : history.subList(1, history.size())) {
                Acknowledged a = byRevision.get(entry.revision());
                String oldValue = a.counter() == 1 ? null : Changes.countValue(a.field(), a.counter() - 1);
                assertThat(entry.fieldChanges()).as("history entry of revision %d", entry.revision())
                        .containsExactly(new FieldChange(a.field(), oldValue, Changes.countValue(a.field(), a.counter())));
                switches += before != null && before != a.field() ? 1 : 0;
                before = a.field();
            }
            System.out.printf("PostgresConcurrencyTest: %d stores (own pools) x %d changes, %d acknowledged changes"
                            + " checked in the row and the history (revisions 1..%d, no gap), the row lock passed"
                            + " between them %d times, %d ms%n", FIELDS.size(), CHANGES, byRevision.size(), last,
                    switches, TimeUnit.NANOSECONDS.toMillis(elapsed));
        } finally {
            writers.shutdownNow();
            databases.forEach(PostgresDatabase::close);
        }
    }
}
