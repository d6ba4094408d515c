package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.persistence.document.DocumentException;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.error.DamagedGroupException;
import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.error.StorageException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.service.GroupUpdate;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.service.UpdateResult;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;
import static be.groupsetup.adapters.persistence.file.StoreFixtures.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The faults a technician's machine can produce, made here: damaged documents, crashes that left a torn or an
 * extra history line, temporary files or a rename journal behind, the lock held by another process, folders and
 * files that cannot be written (root ignores permissions, so the faults are injected: a folder that is a file, a
 * file limit set with {@code ulimit -f} that makes a write fail as a full disk does), and the permissions of
 * what the store writes.
 */
class FileStoreFaultTest {

    private static final Function<StoredGroup, GroupSummary> SUMMARIZER = stored -> new GroupSummary(
            stored.groupNumber(), stored.setup().configuration().value(FieldKey.COMPANY_NAME).orElse(null),
            false, stored.setup().procedure().progress(), false, 0, stored.revision(), null, null);
    private static final String ASIDE_STAMP = "\\d{8}T\\d{6}\\.\\d{3}Z";
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    Path temporary;

    private final JsonDocuments json = new JsonDocuments();
    private Path root;
    private Path groups;
    private FileGroupStore store;

    @BeforeEach
    void openStore() {
        root = temporary.resolve("data");
        store = StoreFixtures.open(root, LOCK_TIMEOUT);
        groups = StoreFixtures.groups(root);
    }

    // ------------------------------------------------------------------------------------------- damaged documents

    /** Ways a document can be unreadable. */
    enum Damage {
        TRUNCATED {
            @Override
            byte[] apply(byte[] document) {
                return Arrays.copyOf(document, document.length / 2);
            }
        },
        EMPTY {
            @Override
            byte[] apply(byte[] document) {
                return new byte[0];
            }
        },
        GARBAGE {
            @Override
            byte[] apply(byte[] document) {
                byte[] garbage = new byte[document.length];
                new Random(42).nextBytes(garbage);
                return garbage;
            }
        },
        WRONG_SHAPE {
            @Override
            byte[] apply(byte[] document) {
                return "{\"schemaVersion\": 1, \"revision\": 2, \"configuration\": [\"Liège\"]}"
                        .getBytes(StandardCharsets.UTF_8);
            }
        },
        NEWER_SCHEMA_VERSION {
            @Override
            byte[] apply(byte[] document) {
                String text = new String(document, StandardCharsets.UTF_8);
                String newer = text.replaceFirst("\"schemaVersion\"\\s*:\\s*\\d+", "\"schemaVersion\" : 99");
                assertThat(newer).isNotEqualTo(text);
                return newer.getBytes(StandardCharsets.UTF_8);
            }
        };

        abstract byte[] apply(byte[] document);
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void givenADamagedDocument_whenLoadedListedOrChanged_thenReportedWithItsPathAndReasonAndTheOtherGroupsStillWork(
            Damage damage) throws IOException {
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.create(SampleGroups.fullSetup(OTHER), SampleGroups.created(OTHER));
        byte[] damaged = damage(GROUP, damage);
        String location = StoreFixtures.document(root, GROUP).toString();

        assertThatThrownBy(() -> store.load(GROUP)).isInstanceOfSatisfying(DamagedGroupException.class, e -> {
            assertThat(e.location()).isEqualTo(location);
            assertThat(e.reason()).isNotBlank();
            if (damage == Damage.NEWER_SCHEMA_VERSION) {
                assertThat(e.reason()).contains("written by a newer groupsetup").contains("99");
            }
        });
        List<GroupListing> listed = store.list(SUMMARIZER, "test");
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0)).isInstanceOfSatisfying(GroupListing.Damaged.class, d -> {
            assertThat(d.key()).isEqualTo(GROUP.value());
            assertThat(d.location()).isEqualTo(location);
            assertThat(d.reason()).isNotBlank();
        });
        assertThat(listed.get(1)).isInstanceOf(GroupListing.Listed.class);
        assertThat(new GroupUpdates(store).update(OTHER, StoreFixtures.set(FieldKey.CITY, "Namur")).revision()).isEqualTo(2);

        // never overwritten by a change or a creation
        assertThatThrownBy(() -> new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur")))
                .isInstanceOf(DamagedGroupException.class);
        assertThatThrownBy(() -> store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP)))
                .isInstanceOf(GroupAlreadyExistsException.class);
        assertThat(Files.readAllBytes(StoreFixtures.document(root, GROUP))).isEqualTo(damaged);
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void givenADamagedDocument_whenDeleted_thenItAndItsHistoryAreMovedAsideWithTheirBytesNeverDestroyed(Damage damage)
            throws IOException {
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur"));
        byte[] history = Files.readAllBytes(StoreFixtures.history(root, GROUP));
        byte[] damaged = damage(GROUP, damage);

        assertThat(store.delete(GROUP)).isTrue();

        assertThat(StoreFixtures.document(root, GROUP)).doesNotExist();
        assertThat(StoreFixtures.history(root, GROUP)).doesNotExist();
        assertThat(asideFiles(GROUP.value() + ".json")).singleElement()
                .satisfies(aside -> assertThat(Files.readAllBytes(aside)).isEqualTo(damaged));
        assertThat(asideFiles(GROUP.value() + ".history.jsonl")).singleElement()
                .satisfies(aside -> assertThat(Files.readAllBytes(aside)).isEqualTo(history));
        assertThat(store.load(GROUP)).isEmpty();
        assertThat(store.list(SUMMARIZER, "test")).isEmpty();
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        assertThat(store.history(GROUP)).containsExactly(SampleGroups.created(GROUP));
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void givenADamagedDocument_whenAnExportIsImportedOverItWithReplace_thenTheDamagedFileIsMovedAsideAndTheImportTakesItsPlace(
            Damage damage) throws IOException {
        FileGroupStore elsewhere = StoreFixtures.open(temporary.resolve("elsewhere"));
        elsewhere.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        new GroupUpdates(elsewhere).update(GROUP, StoreFixtures.set(FieldKey.STREET, "Rue Haute 5"));
        GroupArchive archive = elsewhere.export(GROUP).orElseThrow();
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        byte[] damaged = damage(GROUP, damage);

        assertThatThrownBy(() -> store.importGroup(archive, false)).isInstanceOf(GroupAlreadyExistsException.class);
        assertThat(Files.readAllBytes(StoreFixtures.document(root, GROUP))).isEqualTo(damaged);
        assertThat(store.importGroup(archive, true)).isTrue();

        assertThat(asideFiles(GROUP.value() + ".json")).singleElement()
                .satisfies(aside -> assertThat(Files.readAllBytes(aside)).isEqualTo(damaged));
        assertThat(store.load(GROUP)).contains(archive.group());
        assertThat(store.history(GROUP)).isEqualTo(archive.history());
    }

    @Test
    void givenTwoDamagedDocumentsMovedAsideAtTheSameInstant_whenDeleted_thenNeitherAsideCopyReplacesTheOther()
            throws IOException {
        FileGroupStore frozen = new FileGroupStore(DataDirectory.open(root), json, LOCK_TIMEOUT,
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
        List<byte[]> damagedCopies = new ArrayList<>();
        for (Damage damage : List.of(Damage.TRUNCATED, Damage.GARBAGE)) {
            frozen.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
            damagedCopies.add(damage(GROUP, damage));
            assertThat(frozen.delete(GROUP)).isTrue();
        }

        List<Path> aside = asideFiles(GROUP.value() + ".json");
        assertThat(aside).hasSize(2);
        List<byte[]> kept = new ArrayList<>();
        for (Path file : aside) {
            kept.add(Files.readAllBytes(file));
        }
        assertThat(kept).containsExactlyInAnyOrderElementsOf(damagedCopies);
        assertThat(asideFiles(GROUP.value() + ".history.jsonl")).hasSize(2);
    }

    // ------------------------------------------------------------------------------------------- crash leftovers

    @Test
    void givenATornLastHistoryLine_whenRead_thenItIsIgnoredAndTheGroupLoads_andTheNextChangeCutsItAway()
            throws IOException {
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur"));
        String interrupted = json.writeLine(SampleGroups.fieldSet(FieldKey.CITY, "Namur", "Liège").atRevision(3));
        append(StoreFixtures.history(root, GROUP), interrupted.substring(0, interrupted.length() / 2));

        assertThat(store.load(GROUP).orElseThrow().revision()).isEqualTo(2);
        assertThat(store.history(GROUP)).extracting(HistoryEntry::revision).containsExactly(1L, 2L);
        assertThat(store.export(GROUP).orElseThrow().history()).hasSize(2);
        // the list's last change: the entry of the document's revision, the torn line passed over
        assertThat(store.historyEntry(GROUP, 2)).contains(store.history(GROUP).get(1));

        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.STREET, "Rue Haute 5"));

        List<HistoryEntry> lines = historyFileLines(GROUP);
        assertThat(lines).extracting(HistoryEntry::revision).containsExactly(1L, 2L, 3L);
        assertThat(lines.get(2).fieldChanges()).containsExactly(new FieldChange(FieldKey.STREET, null, "Rue Haute 5"));
    }

    @Test
    void givenAHistoryLineBeyondTheDocumentsRevision_whenRead_thenItIsIgnored_andTheNextChangeCutsItAway()
            throws IOException {
        // a change that died between appending its history line and replacing the document
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur"));
        append(StoreFixtures.history(root, GROUP),
                json.writeLine(SampleGroups.fieldSet(FieldKey.CITY, "Namur", "Fantôme").atRevision(3)) + "\n");

        assertThat(store.load(GROUP).orElseThrow().revision()).isEqualTo(2);
        assertThat(store.history(GROUP)).extracting(HistoryEntry::revision).containsExactly(1L, 2L);
        assertThat(store.export(GROUP).orElseThrow().history()).extracting(HistoryEntry::revision)
                .containsExactly(1L, 2L);
        // the list's last change: the entry of the document's revision, not the line beyond it
        assertThat(store.historyEntry(GROUP, 2)).contains(store.history(GROUP).get(1));

        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.STREET, "Rue Haute 5"));

        List<HistoryEntry> lines = historyFileLines(GROUP);
        assertThat(lines).extracting(HistoryEntry::revision).containsExactly(1L, 2L, 3L);
        assertThat(lines.get(2).fieldChanges()).containsExactly(new FieldChange(FieldKey.STREET, null, "Rue Haute 5"));
        assertThat(Files.readString(StoreFixtures.history(root, GROUP))).doesNotContain("Fantôme");
    }

    @Test
    void givenAHistoryWithoutItsDocument_whenRead_thenTheGroupHasNoHistory_andCreatingItAgainStartsAfresh()
            throws IOException {
        // what a deletion (or a creation) cut short between its two files leaves
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur"));
        Files.delete(StoreFixtures.document(root, GROUP));

        assertThat(store.load(GROUP)).isEmpty();
        assertThat(store.history(GROUP)).isEmpty();
        assertThat(store.export(GROUP)).isEmpty();
        assertThat(store.list(SUMMARIZER, "test")).isEmpty();
        assertThat(store.delete(GROUP)).isFalse();

        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        assertThat(store.history(GROUP)).containsExactly(SampleGroups.created(GROUP));
    }

    @Test
    void givenLeftoverTemporaryFiles_whenAFreshStoreMakesItsFirstChange_thenTheyAreRemovedAndNothingElse()
            throws IOException {
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        List<Path> leftovers = plantTemporaryFiles();
        Path notOurs = Files.writeString(groups.resolve("notes.txt"), "keep me");

        new GroupUpdates(StoreFixtures.open(root)).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur"));

        assertThat(leftovers).allSatisfy(leftover -> assertThat(leftover).doesNotExist());
        assertThat(notOurs).hasContent("keep me");
    }

    @Test
    void givenTemporaryFilesLeftByAnotherProcessAfterThisStoreStarted_whenTheNextChangeRuns_thenTheyAreRemoved()
            throws IOException {
        // a long-running shell keeps its store open for the day; a script killed meanwhile leaves its temporaries
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        List<Path> leftovers = plantTemporaryFiles();

        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur"));

        assertThat(leftovers).allSatisfy(leftover -> assertThat(leftover).doesNotExist());
    }

    /** How far an interrupted rename of GROUP to OTHER had come. */
    enum RenameStage { JOURNAL_ONLY, NEW_DOCUMENT_WRITTEN, HISTORY_MOVED }

    /** What the store is asked first after the interruption. */
    enum NextOperation { LIST, LOAD_AND_HISTORY, CHANGE_ANOTHER_GROUP }

    @Nested
    class InterruptedRename {

        private final GroupNumber third = SampleGroups.number("94111111001");

        @ParameterizedTest(name = "{0}")
        @EnumSource(NextOperation.class)
        void givenARenameInterruptedBeforeItsNewDocumentWasWritten_whenTheStoreIsNextUsed_thenTheRenameIsUndone(
                NextOperation next) throws IOException {
            StoredGroup before = interruptRename(RenameStage.JOURNAL_ONLY);

            perform(next);

            assertThat(groups.resolve(FileGroupStore.RENAME_JOURNAL)).doesNotExist();
            assertThat(store.load(OTHER)).isEmpty();
            assertThat(store.load(GROUP)).contains(before);
            assertThat(store.history(GROUP)).extracting(HistoryEntry::revision).containsExactly(1L, 2L);
            assertThat(keys(store.list(SUMMARIZER, "test"))).containsExactlyElementsOf(expectedKeys(next, GROUP));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(NextOperation.class)
        void givenARenameInterruptedAfterItsNewDocumentWasWritten_whenTheStoreIsNextUsed_thenTheRenameIsCompleted(
                NextOperation next) throws IOException {
            for (RenameStage stage : List.of(RenameStage.NEW_DOCUMENT_WRITTEN, RenameStage.HISTORY_MOVED)) {
                clear();
                StoredGroup before = interruptRename(stage);

                perform(next);

                assertThat(groups.resolve(FileGroupStore.RENAME_JOURNAL)).as(stage.name()).doesNotExist();
                assertThat(StoreFixtures.document(root, GROUP)).as(stage.name()).doesNotExist();
                assertThat(StoreFixtures.history(root, GROUP)).as(stage.name()).doesNotExist();
                StoredGroup renamed = store.load(OTHER).orElseThrow();
                assertThat(renamed.revision()).isEqualTo(3);
                assertThat(renamed.setup().configuration().value(FieldKey.CITY))
                        .isEqualTo(before.setup().configuration().value(FieldKey.CITY));
                List<HistoryEntry> history = store.history(OTHER);
                assertThat(history).extracting(HistoryEntry::revision).as(stage.name()).containsExactly(1L, 2L, 3L);
                assertThat(history.get(2).kind()).isEqualTo(HistoryKind.RENAMED);
                assertThat(history.get(2).detail()).isEqualTo(GROUP.value());
                assertThat(keys(store.list(SUMMARIZER, "test"))).as(stage.name())
                        .containsExactlyElementsOf(expectedKeys(next, OTHER));
            }
        }

        /** GROUP at revision 2, and what a rename to OTHER had written when the process died. */
        private StoredGroup interruptRename(RenameStage stage) throws IOException {
            FileGroupStore writer = StoreFixtures.open(root);
            writer.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
            new GroupUpdates(writer).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur"));
            StoredGroup before = writer.load(GROUP).orElseThrow();
            ChangeOutcome.Accepted renamed = (ChangeOutcome.Accepted) before.setup().configuration()
                    .renameTo(OTHER.value(), SampleGroups.rules());
            String historyLine = json.writeLine(StoreFixtures.renamedEntry(GROUP, renamed).atRevision(3));
            // written by hand, as the store writes it
            Files.writeString(groups.resolve(FileGroupStore.RENAME_JOURNAL), "{\"from\":\"" + GROUP.value()
                    + "\",\"to\":\"" + OTHER.value() + "\",\"revision\":3,\"historyLine\":"
                    + json.writeValue(historyLine) + "}", StandardCharsets.UTF_8);
            if (stage != RenameStage.JOURNAL_ONLY) {
                Files.write(StoreFixtures.document(root, OTHER),
                        json.write(new StoredGroup(before.setup().with(renamed.configuration()), 3)));
            }
            if (stage == RenameStage.HISTORY_MOVED) {
                append(StoreFixtures.history(root, GROUP), historyLine + "\n");
                Files.move(StoreFixtures.history(root, GROUP), StoreFixtures.history(root, OTHER));
            }
            return before;
        }

        private void perform(NextOperation next) {
            store = StoreFixtures.open(root, LOCK_TIMEOUT);
            switch (next) {
                case LIST -> store.list(SUMMARIZER, "test");
                case LOAD_AND_HISTORY -> {
                    store.load(OTHER);
                    store.history(OTHER);
                    store.load(GROUP);
                    store.history(GROUP);
                }
                case CHANGE_ANOTHER_GROUP -> store.create(SampleGroups.emptySetup(third), SampleGroups.created(third));
            }
        }

        private List<String> expectedKeys(NextOperation next, GroupNumber survivor) {
            return next == NextOperation.CHANGE_ANOTHER_GROUP ? List.of(third.value(), survivor.value())
                    : List.of(survivor.value());
        }

        private void clear() throws IOException {
            try (Stream<Path> files = Files.list(groups)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------- the lock

    @Test
    @EnabledOnOs(OS.LINUX)
    void givenTheLockHeldByAnotherProcess_whenChanging_thenTheChangeFailsAsLockedAfterTheTimeout_andSucceedsOnceReleased()
            throws Exception {
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        Path lockFile = groups.resolve(FileGroupStore.LOCK_FILE);
        try (ChildJvm holder = ChildJvm.start(temporary.resolve("logs"), "hold-lock", lockFile.toString())) {
            holder.awaitLine("LOCKED", 60);

            assertThatThrownBy(() -> new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur")))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.code()).isEqualTo("storage.locked"));
            assertThat(store.load(GROUP).orElseThrow().revision()).as("reads take no lock").isEqualTo(1);

            FileGroupStore patient = StoreFixtures.open(root, Duration.ofSeconds(60));
            CompletableFuture<UpdateResult<String>> waiting = CompletableFuture.supplyAsync(
                    () -> new GroupUpdates(patient).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur")));
            assertThatThrownBy(() -> waiting.get(300, TimeUnit.MILLISECONDS))
                    .as("a change waits while another process holds the lock").isInstanceOf(TimeoutException.class);
            holder.send("release");
            holder.awaitLine("RELEASED", 30);

            assertThat(waiting.get(60, TimeUnit.SECONDS).revision()).isEqualTo(2);
        }
        assertThat(new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.STREET, "Rue Haute 5")).revision()).isEqualTo(3);
    }

    // ------------------------------------------------------------------------------------------- I/O failures

    @Test
    void givenTheGroupsFolderReplacedByAFile_whenChanging_thenAStorageIoErrorAndNothingStoredIsDamaged()
            throws IOException {
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur"));
        byte[] document = Files.readAllBytes(StoreFixtures.document(root, GROUP));
        byte[] history = Files.readAllBytes(StoreFixtures.history(root, GROUP));
        Path away = root.resolve("groups-away");
        Files.move(groups, away);
        Files.writeString(groups, "not a folder");

        assertThatThrownBy(() -> new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Mons")))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.code()).isEqualTo("storage.io"));
        assertThatThrownBy(() -> store.create(SampleGroups.emptySetup(OTHER), SampleGroups.created(OTHER)))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.code()).isEqualTo("storage.io"));

        Files.delete(groups);
        Files.move(away, groups);
        assertThat(Files.readAllBytes(StoreFixtures.document(root, GROUP))).isEqualTo(document);
        assertThat(Files.readAllBytes(StoreFixtures.history(root, GROUP))).isEqualTo(history);
        assertThat(new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Mons")).revision()).isEqualTo(3);
    }

    @Test
    void givenAHistoryThatCannotBeOpened_whenChanging_thenAStorageIoErrorAndTheDocumentIsUntouched() throws IOException {
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        byte[] document = Files.readAllBytes(StoreFixtures.document(root, GROUP));
        Path history = StoreFixtures.history(root, GROUP);
        Files.delete(history);
        Files.createDirectory(history);

        assertThatThrownBy(() -> new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur")))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.code()).isEqualTo("storage.io"));

        assertThat(Files.readAllBytes(StoreFixtures.document(root, GROUP))).isEqualTo(document);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void givenAnImportWhoseHistoryCannotBeWritten_whenImported_thenAStorageIoErrorAndNoDocumentOrTemporaryFileIsLeft()
            throws IOException {
        FileGroupStore elsewhere = StoreFixtures.open(temporary.resolve("elsewhere"));
        elsewhere.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        GroupArchive archive = elsewhere.export(GROUP).orElseThrow();
        Path history = StoreFixtures.history(root, GROUP);
        Files.createDirectories(history.resolve("in-the-way"));

        assertThatThrownBy(() -> store.importGroup(archive, false))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.code()).isEqualTo("storage.io"));

        assertThat(StoreFixtures.document(root, GROUP)).doesNotExist();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void givenADocumentThatCannotBeRead_whenListed_thenItIsReportedAndTheOtherGroupsAreListed() throws IOException {
        store.create(SampleGroups.fullSetup(OTHER), SampleGroups.created(OTHER));
        Files.createDirectory(StoreFixtures.document(root, GROUP));

        List<GroupListing> listed = store.list(SUMMARIZER, "test");

        assertThat(listed).hasSize(2);
        assertThat(listed.get(0)).isInstanceOfSatisfying(GroupListing.Damaged.class, d -> {
            assertThat(d.key()).isEqualTo(GROUP.value());
            assertThat(d.location()).isEqualTo(StoreFixtures.document(root, GROUP).toString());
            assertThat(d.reason()).isNotBlank();
        });
        assertThat(listed.get(1)).isInstanceOf(GroupListing.Listed.class);
        assertThatThrownBy(() -> store.load(GROUP))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.code()).isEqualTo("storage.io"));
    }

    @Test
    void givenADataDirectoryPathThatIsAFile_whenOpened_thenAStorageDirectoryError() throws IOException {
        Path file = Files.writeString(temporary.resolve("a-file"), "x");

        assertThatThrownBy(() -> DataDirectory.open(file))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.code()).isEqualTo("storage.directory"));
    }

    /** A full disk, as far as a test can make one: the child's file size limit makes a write fail midway. */
    @Nested
    @EnabledOnOs(value = OS.LINUX, disabledReason = "ulimit -f and a JVM that ignores SIGXFSZ")
    class FullDisk {

        @Test
        void givenTheDiskFillsWhileTheDocumentIsWritten_whenChanging_thenTheChangeFailsAndTheStoredGroupStaysWhole()
                throws IOException {
            store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
            byte[] document = Files.readAllBytes(StoreFixtures.document(root, GROUP));
            long historySize = Files.size(StoreFixtures.history(root, GROUP));
            int line = nextLineLength(FieldKey.CITY, "Namur");
            int blocks = blocksFor(historySize + line);
            assertThat(blocks * 1024L).as("test set-up: the document does not fit, the history line does")
                    .isLessThan(document.length);

            List<String> printed = runLimited(blocks, "once", root.toString(), FieldKey.CITY.key(), "Namur");

            assertThat(printed).containsExactly("LOADED 1", "FAILED storage.io");
            assertThat(Files.readAllBytes(StoreFixtures.document(root, GROUP))).isEqualTo(document);
            assertThat(temporaryFiles()).isEmpty();
            assertThat(rawHistoryRevisions(GROUP)).as("the history line was appended first").containsExactly(1L, 2L);
            assertThat(store.history(GROUP)).extracting(HistoryEntry::revision).containsExactly(1L);

            assertThat(new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Mons")).revision()).isEqualTo(2);
            List<HistoryEntry> lines = historyFileLines(GROUP);
            assertThat(lines).extracting(HistoryEntry::revision).containsExactly(1L, 2L);
            assertThat(lines.get(1).fieldChanges()).containsExactly(new FieldChange(FieldKey.CITY, "Liège", "Mons"));
        }

        @Test
        void givenTheDiskFillsWhileTheHistoryLineIsAppended_whenChanging_thenTheTornLineIsIgnoredAndCutAtTheNextChange()
                throws IOException {
            store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
            String value = "Saint-Georges-sur-Meuse – quartier de l’Église " + "x".repeat(40);
            // grow the history until the child's line will cross a 1 KiB boundary with room to spare on both sides
            int counter = 0;
            while (true) {
                long size = Files.size(StoreFixtures.history(root, GROUP));
                long room = blocksFor(size + 1) * 1024L - size;
                int line = nextLineLength(FieldKey.CITY, value);
                long documentSize = Files.size(StoreFixtures.document(root, GROUP)) + 200;
                if (room > 20 && room < line - 20 && documentSize < blocksFor(size + 1) * 1024L) {
                    break;
                }
                new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.STREET, "Rue " + (++counter)));
                assertThat(counter).as("test set-up").isLessThan(50);
            }
            byte[] document = Files.readAllBytes(StoreFixtures.document(root, GROUP));
            long revision = store.load(GROUP).orElseThrow().revision();
            int blocks = blocksFor(Files.size(StoreFixtures.history(root, GROUP)) + 1);

            List<String> printed = runLimited(blocks, "once", root.toString(), FieldKey.CITY.key(), value);

            assertThat(printed).containsExactly("LOADED " + revision, "FAILED storage.io");
            byte[] history = Files.readAllBytes(StoreFixtures.history(root, GROUP));
            assertThat(history[history.length - 1]).as("a torn last line").isNotEqualTo((byte) '\n');
            assertThat(Files.readAllBytes(StoreFixtures.document(root, GROUP))).isEqualTo(document);
            assertThat(store.history(GROUP)).extracting(HistoryEntry::revision)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, revision).boxed().toList());

            assertThat(new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Mons")).revision()).isEqualTo(revision + 1);
            assertThat(historyFileLines(GROUP)).extracting(HistoryEntry::revision)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, revision + 1).boxed().toList());
        }

        @Test
        void givenTheDiskFillsDuringARename_whenTheStoreIsNextUsed_thenTheRenameIsUndoneAndNeverLeavesTwoGroupsOrNone()
                throws IOException {
            store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
            byte[] document = Files.readAllBytes(StoreFixtures.document(root, GROUP));
            int blocks = 1;
            assertThat(blocks * 1024L).as("test set-up: the journal fits, the new document does not")
                    .isLessThan(document.length);

            List<String> printed = runLimited(blocks, "rename", root.toString(), GROUP.value(), OTHER.value());

            assertThat(printed).containsExactly("FAILED storage.io");
            Path journal = groups.resolve(FileGroupStore.RENAME_JOURNAL);
            assertThat(journal).as("the journal written before the rename began").exists();
            if (DataDirectory.open(root).hasPosixPermissions()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal))).isEqualTo("rw-------");
            }
            assertThat(keys(store.list(SUMMARIZER, "test"))).containsExactly(GROUP.value());
            assertThat(journal).doesNotExist();
            assertThat(Files.readAllBytes(StoreFixtures.document(root, GROUP))).isEqualTo(document);
            assertThat(new GroupUpdates(store).rename(GROUP, OTHER, StoreFixtures.renameTo(OTHER)).revision()).isEqualTo(2);
        }

        private List<String> runLimited(int blocks, String... args) {
            try (ChildJvm child = ChildJvm.startWrapped(temporary.resolve("logs"),
                    List.of("bash", "-c", "ulimit -f " + blocks + " && exec \"$@\"", "--"), args)) {
                List<String> printed = child.finish(60);
                assertThat(child.exitCode()).as("exit code%s", child.describe()).isEqualTo(2);
                return printed;
            }
        }

        /** The length of the history line the child's change will append. */
        private int nextLineLength(FieldKey field, String value) {
            StoredGroup stored = store.load(GROUP).orElseThrow();
            GroupUpdate.Decision.Apply<String> apply =
                    (GroupUpdate.Decision.Apply<String>) StoreFixtures.set(field, value).decide(stored);
            return (json.writeLine(apply.entry().atRevision(stored.revision() + 1)) + "\n")
                    .getBytes(StandardCharsets.UTF_8).length;
        }

        private int blocksFor(long bytes) {
            return (int) ((bytes + 1023) / 1024);
        }
    }

    // ------------------------------------------------------------------------------------------- permissions

    @Nested
    class Permissions {

        @BeforeEach
        void onlyWherePosix() {
            assumeTrue(DataDirectory.open(root).hasPosixPermissions(), "no POSIX permissions on this file system");
        }

        @Test
        void givenANewDataDirectory_whenGroupsAreStored_thenFoldersAre0700AndEveryFileWritten0600() throws IOException {
            Path fresh = temporary.resolve("fresh").resolve("data");
            FileGroupStore written = StoreFixtures.open(fresh);
            written.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
            new GroupUpdates(written).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur"));
            new GroupUpdates(written).rename(GROUP, OTHER, StoreFixtures.renameTo(OTHER));
            written.importGroup(written.export(OTHER).orElseThrow(), true);
            written.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

            assertThat(mode(fresh)).isEqualTo("rwx------");
            assertThat(mode(StoreFixtures.groups(fresh))).isEqualTo("rwx------");
            List<Path> files;
            try (Stream<Path> listed = Files.list(StoreFixtures.groups(fresh))) {
                files = listed.toList();
            }
            assertThat(files).extracting(f -> f.getFileName().toString()).contains(".lock",
                    GROUP.value() + ".json", GROUP.value() + ".history.jsonl",
                    OTHER.value() + ".json", OTHER.value() + ".history.jsonl");
            assertThat(files).allSatisfy(f -> assertThat(mode(f)).as(f.getFileName().toString()).isEqualTo("rw-------"));
        }

        @Test
        void givenTheLowLevelWrites_whenTheyCreateFiles_thenEachIs0600() throws IOException {
            // an atomic write renames its temporary file over the target: the target is that file, mode included
            DataDirectory directory = DataDirectory.open(root);
            Path journalLike = groups.resolve("written-atomically");
            directory.writeAtomically(journalLike, "{}".getBytes(StandardCharsets.UTF_8));
            Path appended = groups.resolve("appended");
            directory.appendForced(appended, "line\n".getBytes(StandardCharsets.UTF_8));
            try (FileChannel channel = directory.openReadWrite(groups.resolve("opened"))) {
                assertThat(channel.isOpen()).isTrue();
            }

            assertThat(mode(journalLike)).isEqualTo("rw-------");
            assertThat(mode(appended)).isEqualTo("rw-------");
            assertThat(mode(groups.resolve("opened"))).isEqualTo("rw-------");
        }

        @Test
        void givenADataDirectoryThatExistedWithMode0755_whenOpened_thenItsModesAreKeptAndEveryFileWrittenIs0600()
                throws IOException {
            Path existing = temporary.resolve("existing");
            Files.createDirectories(existing.resolve("groups"));
            Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(existing.resolve("groups"), PosixFilePermissions.fromString("rwxr-x---"));

            StoreFixtures.open(existing).create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

            // a folder the tool did not create keeps its mode (docs/rules.md §6): only other users' write access is refused
            assertThat(mode(existing)).isEqualTo("rwxr-xr-x");
            assertThat(mode(existing.resolve("groups"))).isEqualTo("rwxr-x---");
            assertThat(mode(StoreFixtures.document(existing, GROUP))).isEqualTo("rw-------");
            assertThat(mode(StoreFixtures.history(existing, GROUP))).isEqualTo("rw-------");
        }

        private String mode(Path path) {
            try {
                return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    private byte[] damage(GroupNumber number, Damage damage) throws IOException {
        Path document = StoreFixtures.document(root, number);
        byte[] damaged = damage.apply(Files.readAllBytes(document));
        Files.write(document, damaged);
        return damaged;
    }

    private List<Path> asideFiles(String name) throws IOException {
        try (Stream<Path> files = Files.list(groups)) {
            return files.filter(f -> f.getFileName().toString().matches(
                    Pattern.quote(name) + "\\.damaged-" + ASIDE_STAMP + ".*")).sorted().toList();
        }
    }

    private List<Path> plantTemporaryFiles() throws IOException {
        return List.of(
                Files.writeString(groups.resolve(".tmp-" + GROUP.value() + ".json-5f3a9c"), "{\"schemaVersion\": 1"),
                Files.writeString(groups.resolve(".tmp-" + FileGroupStore.RENAME_JOURNAL + "-77"), ""));
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(groups)) {
            return files.filter(f -> f.getFileName().toString().startsWith(DataDirectory.TEMPORARY_PREFIX)).toList();
        }
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Every line of the history file, which must be whole and readable. */
    private List<HistoryEntry> historyFileLines(GroupNumber number) throws IOException {
        String content = Files.readString(StoreFixtures.history(root, number), StandardCharsets.UTF_8);
        assertThat(content).as("the history ends with a whole line").endsWith("\n");
        List<HistoryEntry> entries = new ArrayList<>();
        for (String line : content.split("\n")) {
            try {
                entries.add(json.readLine(line));
            } catch (DocumentException e) {
                throw new AssertionError("unreadable history line: " + e.reason(), e);
            }
        }
        return entries;
    }

    private List<Long> rawHistoryRevisions(GroupNumber number) throws IOException {
        return historyFileLines(number).stream().map(HistoryEntry::revision).toList();
    }

    private static List<String> keys(List<GroupListing> listed) {
        return listed.stream().map(GroupListing::key).toList();
    }
}
