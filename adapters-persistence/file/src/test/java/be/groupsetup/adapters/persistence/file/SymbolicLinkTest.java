package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.error.DamagedGroupException;
import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.error.StorageException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;
import static be.groupsetup.adapters.persistence.file.StoreFixtures.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Inside the data directory nothing is opened through a symbolic link (docs/rules.md §6): a link where a group's document
 * or history should be makes that group damaged (reported, listed as damaged, never written through, moved aside
 * by a delete or an import with replace); a link where one of the store's own files should be (lock, journals,
 * list index) is refused or replaced, never followed. The file a link points to, outside the data directory, is
 * checked byte for byte and by its modification time after every attempt.
 */
class SymbolicLinkTest {

    private static final Function<StoredGroup, GroupSummary> SUMMARIZER = stored -> new GroupSummary(
            stored.groupNumber(), null, false, 0, false, 0, stored.revision(), null, null);
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path temporary;
    private Path root;
    private FileGroupStore store;
    private Path outside;

    @BeforeEach
    void storeAndAFileOutside() throws IOException {
        root = temporary.resolve("data");
        store = StoreFixtures.open(root);
        outside = Files.createDirectory(temporary.resolve("outside")).resolve("victim.txt");
        Files.writeString(outside, "a file of someone else's, outside the data directory\n");
        Files.setLastModifiedTime(outside, LONG_AGO);
        assumeTrue(canLink(), "symbolic links on this file system");
    }

    private boolean canLink() {
        try {
            Path probe = Files.createSymbolicLink(temporary.resolve("probe"), outside);
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    void givenAHistoryThatIsALinkToAFileOutside_whenTheGroupIsLoadedListedChangedOrExported_thenDamagedAndTheFileIsNeverAppendedTo()
            throws IOException {
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.create(SampleGroups.fullSetup(OTHER), SampleGroups.created(OTHER));
        Path history = StoreFixtures.history(root, GROUP);
        Files.delete(history);
        Files.createSymbolicLink(history, outside);
        byte[] document = Files.readAllBytes(StoreFixtures.document(root, GROUP));

        assertThatThrownBy(() -> store.load(GROUP)).isInstanceOfSatisfying(DamagedGroupException.class, e -> {
            assertThat(e.location()).isEqualTo(history.toString());
            assertThat(e.reason()).contains("symbolic link");
        });
        assertThat(store.list(SUMMARIZER, "test")).extracting(GroupListing::key, GroupListing::getClass)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GROUP.value(), GroupListing.Damaged.class),
                        org.assertj.core.groups.Tuple.tuple(OTHER.value(), GroupListing.Listed.class));
        assertThatThrownBy(() -> new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur")))
                .isInstanceOf(DamagedGroupException.class);
        assertThatThrownBy(() -> store.history(GROUP)).isInstanceOf(DamagedGroupException.class);
        assertThatThrownBy(() -> store.historyEntry(GROUP, 1)).isInstanceOf(DamagedGroupException.class);
        assertThatThrownBy(() -> store.export(GROUP)).isInstanceOf(DamagedGroupException.class);
        assertThatThrownBy(() -> new GroupUpdates(store).rename(GROUP, SampleGroups.number("94999999001"),
                StoreFixtures.renameTo(SampleGroups.number("94999999001")))).isInstanceOf(DamagedGroupException.class);
        assertThat(new GroupUpdates(store).update(OTHER, StoreFixtures.set(FieldKey.CITY, "Namur")).revision())
                .as("the other groups still work").isEqualTo(2);

        assertOutsideUntouched();
        assertThat(Files.readAllBytes(StoreFixtures.document(root, GROUP))).isEqualTo(document);
        assertThat(Files.isSymbolicLink(history)).isTrue();
    }

    @Test
    void givenAHistoryLinkAddedAfterTheGroupWasListed_whenListedAgain_thenTheIndexDoesNotHideIt() throws IOException {
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        assertThat(store.list(SUMMARIZER, "test")).singleElement().isInstanceOf(GroupListing.Listed.class);
        Path history = StoreFixtures.history(root, GROUP);
        Files.delete(history);
        Files.createSymbolicLink(history, outside);

        assertThat(store.list(SUMMARIZER, "test")).singleElement().isInstanceOf(GroupListing.Damaged.class);
        assertOutsideUntouched();
    }

    @Test
    void givenADamagedGroupByAHistoryLink_whenDeletedOrImportedOverWithReplace_thenTheLinkItselfIsMovedAside()
            throws IOException {
        FileGroupStore elsewhere = StoreFixtures.open(temporary.resolve("elsewhere"));
        elsewhere.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        GroupArchive archive = elsewhere.export(GROUP).orElseThrow();
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        Path history = StoreFixtures.history(root, GROUP);
        Files.delete(history);
        Files.createSymbolicLink(history, outside);

        assertThat(store.importGroup(archive, true)).isTrue();

        assertThat(store.load(GROUP)).contains(archive.group());
        assertThat(store.history(GROUP)).isEqualTo(archive.history());
        assertThat(Files.isSymbolicLink(history)).isFalse();
        assertThat(aside(GROUP.value() + ".history.jsonl.damaged-")).singleElement()
                .satisfies(link -> assertThat(Files.isSymbolicLink(link)).isTrue());

        Files.delete(history);
        Files.createSymbolicLink(history, outside);
        assertThat(store.delete(GROUP)).isTrue();
        assertThat(store.load(GROUP)).isEmpty();
        assertOutsideUntouched();
    }

    @Test
    void givenADocumentThatIsALinkToAValidDocumentOutside_whenUsed_thenItIsNeverReadAsTheGroupNorOverwritten()
            throws IOException {
        // a real document of another data directory, reachable through the link
        Path otherRoot = temporary.resolve("other-data");
        FileGroupStore other = StoreFixtures.open(otherRoot);
        other.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        Path foreignDocument = StoreFixtures.document(otherRoot, GROUP);
        Files.setLastModifiedTime(foreignDocument, LONG_AGO);
        byte[] foreign = Files.readAllBytes(foreignDocument);
        Path document = StoreFixtures.document(root, GROUP);
        Files.createSymbolicLink(document, foreignDocument);

        assertThatThrownBy(() -> store.load(GROUP)).isInstanceOfSatisfying(DamagedGroupException.class,
                e -> assertThat(e.reason()).contains("symbolic link"));
        assertThat(store.list(SUMMARIZER, "test")).singleElement().isInstanceOf(GroupListing.Damaged.class);
        assertThatThrownBy(() -> new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur")))
                .isInstanceOf(DamagedGroupException.class);
        assertThatThrownBy(() -> store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP)))
                .isInstanceOf(GroupAlreadyExistsException.class);
        assertThatThrownBy(() -> store.export(GROUP)).isInstanceOf(DamagedGroupException.class);
        assertThat(store.delete(GROUP)).isTrue();

        assertThat(Files.readAllBytes(foreignDocument)).isEqualTo(foreign);
        assertThat(Files.getLastModifiedTime(foreignDocument)).isEqualTo(LONG_AGO);
        assertThat(aside(GROUP.value() + ".json.damaged-")).singleElement()
                .satisfies(link -> assertThat(Files.isSymbolicLink(link)).isTrue());
        assertThat(other.load(GROUP)).isPresent();
    }

    @Test
    void givenADanglingDocumentLink_whenTheGroupIsCreated_thenRefusedAndNothingIsCreatedAtItsTarget()
            throws IOException {
        Path target = temporary.resolve("outside").resolve("created-through-the-link.json");
        Files.createSymbolicLink(StoreFixtures.document(root, GROUP), target);

        assertThatThrownBy(() -> store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP)))
                .isInstanceOf(GroupAlreadyExistsException.class);
        assertThatThrownBy(() -> store.load(GROUP)).isInstanceOf(DamagedGroupException.class);
        assertThat(target).doesNotExist();
    }

    @Test
    void givenAHistoryLinkLeftWithoutItsDocument_whenTheGroupIsCreated_thenTheLinkIsReplacedNeverFollowed()
            throws IOException {
        Files.createSymbolicLink(StoreFixtures.history(root, GROUP), outside);

        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

        assertThat(Files.isSymbolicLink(StoreFixtures.history(root, GROUP))).isFalse();
        assertThat(store.history(GROUP)).containsExactly(SampleGroups.created(GROUP));
        assertOutsideUntouched();
    }

    @Test
    void givenTheLockFileIsALink_whenAChangeRuns_thenItFailsAsAStorageErrorAndNothingIsWrittenThrough()
            throws IOException {
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        Path lock = StoreFixtures.groups(root).resolve(FileGroupStore.LOCK_FILE);
        Files.delete(lock);
        Files.createSymbolicLink(lock, outside);

        assertThatThrownBy(() -> new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur")))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.code()).isEqualTo("storage.io");
                    assertThat(e.arguments().get(e.arguments().size() - 1)).contains("symbolic link");
                });
        assertOutsideUntouched();

        Path dangling = temporary.resolve("outside").resolve("lock-created-through-the-link");
        Files.delete(lock);
        Files.createSymbolicLink(lock, dangling);
        assertThatThrownBy(() -> new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur")))
                .isInstanceOf(StorageException.class);
        assertThat(dangling).doesNotExist();
    }

    @Test
    void givenAJournalThatIsALink_whenTheStoreIsUsed_thenItIsNotReadThroughTheLink() throws IOException {
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        Path journal = StoreFixtures.groups(root).resolve(FileGroupStore.RENAME_JOURNAL);
        Files.createSymbolicLink(journal, outside);

        assertThatThrownBy(() -> store.load(GROUP)).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.arguments().get(e.arguments().size() - 1)).contains("symbolic link"));
        assertOutsideUntouched();
    }

    @Test
    void givenAJournalNamingAPathInsteadOfANumber_whenRecovered_thenRefusedAndNoFileOutsideIsTouched()
            throws IOException {
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        Files.writeString(StoreFixtures.groups(root).resolve(FileGroupStore.RENAME_JOURNAL),
                "{\"from\":\"../../outside/victim.txt#\",\"to\":\"94123456001\",\"revision\":2,\"historyLine\":\"{}\"}");

        assertThatThrownBy(() -> store.load(GROUP)).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.code()).isEqualTo("storage.journal"));
        assertOutsideUntouched();
    }

    @Test
    void givenTheListIndexIsALink_whenListed_thenTheLinkIsReplacedByTheIndexAndItsTargetLeftAsItWas()
            throws IOException {
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        Path index = StoreFixtures.groups(root).resolve(SummaryIndex.FILE);
        Files.createSymbolicLink(index, outside);

        assertThat(store.list(SUMMARIZER, "test")).singleElement().isInstanceOf(GroupListing.Listed.class);

        assertThat(Files.isSymbolicLink(index)).isFalse();
        assertThat(index).isRegularFile();
        assertOutsideUntouched();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void givenAPipeWhereTheHistoryShouldBe_whenTheGroupIsChanged_thenAStorageErrorAtOnceNeverAWaitForAWriter()
            throws Exception {
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        Path history = StoreFixtures.history(root, GROUP);
        Files.delete(history);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", history.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo made the pipe");

        assertThatThrownBy(() -> new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur")))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.code()).isEqualTo("storage.io"));
        assertThatThrownBy(() -> store.history(GROUP)).isInstanceOf(StorageException.class);
    }

    @Test
    void givenADocumentLargerThanTheLimit_whenLoaded_thenRefusedWithoutReadingItIntoMemory() throws IOException {
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        try (var channel = java.nio.channels.FileChannel.open(StoreFixtures.document(root, GROUP),
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[]{' '}), FileGroupStore.DOCUMENT_LIMIT + 10);
        }

        assertThatThrownBy(() -> store.load(GROUP)).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.arguments().get(e.arguments().size() - 1)).contains("larger than"));
    }

    private void assertOutsideUntouched() throws IOException {
        assertThat(Files.readString(outside, StandardCharsets.UTF_8))
                .isEqualTo("a file of someone else's, outside the data directory\n");
        assertThat(Files.getLastModifiedTime(outside)).isEqualTo(LONG_AGO);
        try (Stream<Path> files = Files.list(outside.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("victim.txt");
        }
    }

    private List<Path> aside(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(StoreFixtures.groups(root))) {
            return files.filter(path -> path.getFileName().toString().startsWith(prefix))
                    .filter(path -> Files.exists(path, LinkOption.NOFOLLOW_LINKS)).toList();
        }
    }
}
