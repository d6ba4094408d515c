package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes change the same group at the same time, each its own field: the OS lock serialises them and
 * each change is decided on the freshest stored state, so no acknowledged change is lost.
 */
class FileStoreTwoProcessTest {

    /** Changes per process: 50 in the default suite, 200 in the profile slow ({@code -Dgroupsetup.twoprocess.changes}). */
    private static final int CHANGES = Integer.getInteger("groupsetup.twoprocess.changes", 50);
    private static final List<FieldKey> FIELDS = List.of(FieldKey.CITY, FieldKey.STREET);
    /**
     * Each child pauses up to this long between two changes, as a person would, so that the lock passes back and
     * forth. Without pauses one process keeps the lock until it has finished (the other polls for it every 20 ms
     * and rarely finds it free): still correct, but the changes would barely interleave.
     */
    private static final long PAUSE_MICROS = 10_000;

    @TempDir
    Path temporary;

    @Test
    void givenTwoProcessesChangingDifferentFieldsOfOneGroup_whenBothHaveFinished_thenEveryAcknowledgedChangeIsStoredAndInTheHistory() {
        Path root = temporary.resolve("data");
        Path logs = temporary.resolve("logs");
        StoreFixtures.open(root).create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        long started = System.nanoTime();

        Map<FieldKey, List<String>> printed = new TreeMap<>();
        List<ChildJvm> children = new ArrayList<>();
        try {
            for (FieldKey field : FIELDS) {
                children.add(ChildJvm.start(logs, "count", root.toString(), field.key(), String.valueOf(CHANGES),
                        String.valueOf(PAUSE_MICROS)));
            }
            for (int i = 0; i < FIELDS.size(); i++) {
                ChildJvm child = children.get(i);
                printed.put(FIELDS.get(i), child.finish(120));
                assertThat(child.exitCode()).as("exit code of the child changing %s%s", FIELDS.get(i), child.describe())
                        .isZero();
            }
        } finally {
            children.forEach(ChildJvm::close);
        }

        // every change acknowledged to a child, at the revision it was told
        Map<Long, Acknowledged> byRevision = new TreeMap<>();
        for (FieldKey field : FIELDS) {
            List<Acknowledged> acknowledged = printed.get(field).stream().map(Acknowledged::parse).toList();
            assertThat(acknowledged).extracting(Acknowledged::counter)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, CHANGES).boxed().toList());
            assertThat(acknowledged).allMatch(a -> a.field() == field);
            for (Acknowledged a : acknowledged) {
                assertThat(byRevision.put(a.revision(), a)).as("revision %d acknowledged twice", a.revision()).isNull();
            }
        }
        long last = 1 + (long) FIELDS.size() * CHANGES;
        assertThat(byRevision.keySet()).containsExactlyElementsOf(LongStream.rangeClosed(2, last).boxed().toList());

        FileGroupStore store = StoreFixtures.open(root);
        StoredGroup stored = store.load(GROUP).orElseThrow();
        assertThat(stored.revision()).isEqualTo(last);
        for (FieldKey field : FIELDS) {
            assertThat(stored.setup().configuration().value(field)).as("final %s", field)
                    .contains(StoreChild.countValue(field, CHANGES));
        }
        List<HistoryEntry> history = store.history(GROUP);
        assertThat(history).extracting(HistoryEntry::revision)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
        Map<FieldKey, Integer> previous = new TreeMap<>();
        int switches = 0;
        FieldKey before = null;
        for (HistoryEntry entry : history.subList(1, history.size())) {
            Acknowledged a = byRevision.get(entry.revision());
            int counter = (int) a.counter();
            String oldValue = counter == 1 ? null : StoreChild.countValue(a.field(), counter - 1);
            assertThat(entry.fieldChanges()).as("history entry of revision %d", entry.revision())
                    .containsExactly(new FieldChange(a.field(), oldValue, StoreChild.countValue(a.field(), counter)));
            previous.put(a.field(), counter);
            if (before != null && before != a.field()) {
                switches++;
            }
            before = a.field();
        }
        System.out.printf("FileStoreTwoProcessTest: %d processes x %d changes, %d acknowledged changes checked in the"
                        + " document and the history (revisions 1..%d), the lock passed between them %d times,"
                        + " elapsed=%ds%n", FIELDS.size(), CHANGES, byRevision.size(), last, switches,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    /** {@code ACK <field> <counter> <revision>} as a child prints it. */
    private record Acknowledged(FieldKey field, long counter, long revision) {
        static Acknowledged parse(String line) {
            String[] parts = line.split(" ");
            assertThat(parts).as("line %s", line).hasSize(4);
            assertThat(parts[0]).isEqualTo("ACK");
            return new Acknowledged(FieldKey.fromKey(parts[1]).orElseThrow(), Long.parseLong(parts[2]),
                    Long.parseLong(parts[3]));
        }
    }
}
