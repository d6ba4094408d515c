package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.service.GroupUpdate;
import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.application.testing.SampleGroups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entry of one revision, as the list asks it for every group: read from the end of the history file, the whole
 * file only when its end does not hold it.
 */
class HistoryEntryTest {

    @TempDir
    Path root;

    @Test
    void givenAHistoryLongerThanTheTailRead_whenEachRevisionIsAsked_thenItsEntry() throws IOException {
        FileGroupStore store = StoreFixtures.open(root);
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        for (int i = 0; i < 120; i++) {
            change(store, "détail " + i + " " + "x".repeat(1_000));
        }
        assertThat(Files.size(StoreFixtures.history(root, GROUP))).isGreaterThan(2L * FileGroupStore.HISTORY_TAIL);

        List<HistoryEntry> history = store.history(GROUP);
        assertThat(store.historyEntry(GROUP, 121)).contains(history.get(120));
        assertThat(store.historyEntry(GROUP, 60)).contains(history.get(59));
        assertThat(store.historyEntry(GROUP, 1)).contains(SampleGroups.created(GROUP));
        assertThat(store.historyEntry(GROUP, 122)).isEmpty();
    }

    @Test
    void givenALastLineLongerThanTheTailRead_whenItsRevisionIsAsked_thenTheWholeFileIsReadForIt() {
        FileGroupStore store = StoreFixtures.open(root);
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        change(store, "y".repeat(FileGroupStore.HISTORY_TAIL * 2));

        assertThat(store.historyEntry(GROUP, 2)).hasValueSatisfying(entry ->
                assertThat(entry.detail()).hasSize(FileGroupStore.HISTORY_TAIL * 2));
    }

    @Test
    void givenNoHistoryFile_whenARevisionIsAsked_thenNone() throws IOException {
        FileGroupStore store = StoreFixtures.open(root);
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        Files.delete(StoreFixtures.history(root, GROUP));

        assertThat(store.historyEntry(GROUP, 1)).isEmpty();
    }

    private static void change(FileGroupStore store, String detail) {
        HistoryEntry entry = new HistoryEntry(SampleGroups.T0.plusSeconds(60), "Jean D'Hondt", 0,
                HistoryKind.IMPORTED, List.of(), List.of(), List.of(), List.of(), detail);
        new GroupUpdates(store).update(GROUP, fresh -> new GroupUpdate.Decision.Apply<>(fresh.setup(), entry, "done"));
    }
}
