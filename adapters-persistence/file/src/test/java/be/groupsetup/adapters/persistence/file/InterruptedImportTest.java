package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import that replaces a group, interrupted at each point a crash can stop it (the files are laid out as the
 * crash would leave them): the next operation completes it when the new document is in place, or forgets it;
 * either way the document and the history belong together and the old group is never left with a foreign
 * history.
 */
class InterruptedImportTest {

    @TempDir
    Path root;
    private FileGroupStore store;
    private final JsonDocuments json = new JsonDocuments();
    private Path groups;
    private GroupArchive imported;
    private byte[] importedDocument;
    private String importedHistory;
    private List<HistoryEntry> oldHistory;

    @BeforeEach
    void aGroupAndAnArchiveToReplaceIt() {
        store = StoreFixtures.open(root);
        groups = root.resolve("groups");
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur"));
        oldHistory = store.history(GROUP);
        imported = new GroupArchive(new StoredGroup(SampleGroups.fullSetup(GROUP), 7),
                List.of(SampleGroups.created(GROUP), SampleGroups.fieldSet(FieldKey.CITY, null, "Liège").atRevision(7)));
        importedDocument = json.write(imported.group());
        StringBuilder lines = new StringBuilder();
        imported.history().forEach(entry -> lines.append(json.writeLine(entry)).append('\n'));
        importedHistory = lines.toString();
    }

    @Test
    void givenCrashBeforeTheNewDocument_whenTheStoreIsUsedAgain_thenTheOldGroupIsIntactAndNothingIsLeft()
            throws IOException {
        writeWaitingHistoryAndJournal();

        assertThat(store.load(GROUP).orElseThrow().revision()).isEqualTo(2);
        assertThat(store.history(GROUP)).isEqualTo(oldHistory);
        assertLeftNothing();
    }

    @Test
    void givenCrashAfterTheNewDocument_whenTheStoreIsUsedAgain_thenTheImportIsCompleted() throws IOException {
        writeWaitingHistoryAndJournal();
        Files.write(groups.resolve(GROUP.value() + ".json"), importedDocument);

        assertThat(store.load(GROUP)).contains(imported.group());
        assertThat(store.history(GROUP)).isEqualTo(imported.history());
        assertLeftNothing();
    }

    @Test
    void givenCrashJustBeforeTheJournalWasRemoved_whenTheStoreIsUsedAgain_thenOnlyTheJournalGoes() throws IOException {
        writeWaitingHistoryAndJournal();
        Files.write(groups.resolve(GROUP.value() + ".json"), importedDocument);
        Files.move(groups.resolve(GROUP.value() + ".history.jsonl.importing"),
                groups.resolve(GROUP.value() + ".history.jsonl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.STREET, "Rue de Fer 1"));

        assertThat(store.load(GROUP).orElseThrow().revision()).isEqualTo(8);
        assertThat(store.history(GROUP)).extracting(HistoryEntry::revision).containsExactly(1L, 7L, 8L);
        assertLeftNothing();
    }

    @Test
    void givenAnImportThatRuns_whenItEnds_thenNoJournalOrWaitingHistoryRemains() {
        store.importGroup(imported, true);

        assertThat(store.load(GROUP)).contains(imported.group());
        assertThat(store.history(GROUP)).isEqualTo(imported.history());
        assertLeftNothing();
    }

    private void writeWaitingHistoryAndJournal() throws IOException {
        Files.writeString(groups.resolve(GROUP.value() + ".history.jsonl.importing"), importedHistory,
                StandardCharsets.UTF_8);
        Files.writeString(groups.resolve(FileGroupStore.IMPORT_JOURNAL),
                json.writeValue(new ImportJournal(GROUP.value(), ImportJournal.digest(importedDocument))),
                StandardCharsets.UTF_8);
    }

    private void assertLeftNothing() {
        assertThat(groups.resolve(FileGroupStore.IMPORT_JOURNAL)).doesNotExist();
        assertThat(groups.resolve(GROUP.value() + ".history.jsonl.importing")).doesNotExist();
    }
}
