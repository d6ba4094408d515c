package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.service.GroupUpdate;
import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.persistence.document.JsonDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change cuts the history back to the document's revision reading only the history's end: what a crash between
 * the history line and the document left is cut exactly there, however long the history, and the whole file is
 * read when its end does not say where to cut.
 */
class HistoryReconcileTest {

    @TempDir
    Path root;

    private final JsonDocuments json = new JsonDocuments();

    @Test
    void givenALongHistoryWithALineAheadAndATornOne_whenChanged_thenBothAreCutAndTheEarlierBytesAreUntouched()
            throws IOException {
        FileGroupStore store = longHistory(120);
        Path file = StoreFixtures.history(root, GROUP);
        byte[] before = Files.readAllBytes(file);
        // a crash after the history line of 122 was appended, then one in the middle of the next append
        append(file, json.writeLine(SampleGroups.fieldSet(FieldKey.CITY, "Namur", "Liège").atRevision(122)) + "\n");
        String torn = json.writeLine(SampleGroups.fieldSet(FieldKey.CITY, "Liège", "Mons").atRevision(123));
        append(file, torn.substring(0, torn.length() / 2));

        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.STREET, "Rue Haute 5"));

        byte[] after = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(after, before.length)).isEqualTo(before);
        List<HistoryEntry> lines = lines(after);
        assertThat(lines).extracting(HistoryEntry::revision).containsExactlyElementsOf(revisions(122));
        assertThat(lines.get(121).kind()).isEqualTo(HistoryKind.FIELDS_SET);
        assertThat(after[after.length - 1]).isEqualTo((byte) '\n');
    }

    @Test
    void givenLinesAheadLongerThanTheTailRead_whenChanged_thenTheWholeFileIsReadAndTheyAreCut() throws IOException {
        FileGroupStore store = longHistory(3);
        Path file = StoreFixtures.history(root, GROUP);
        byte[] before = Files.readAllBytes(file);
        // the end of the file holds no line at or below the document's revision: only the whole file says where to cut
        HistoryEntry ahead = new HistoryEntry(SampleGroups.T0, "Jean D'Hondt", 5, HistoryKind.IMPORTED, List.of(),
                List.of(), List.of(), List.of(), "z".repeat(FileGroupStore.HISTORY_TAIL * 2));
        append(file, json.writeLine(ahead) + "\n");

        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.STREET, "Rue Haute 5"));

        byte[] after = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(after, before.length)).isEqualTo(before);
        assertThat(lines(after)).extracting(HistoryEntry::revision).containsExactlyElementsOf(revisions(5));
    }

    @Test
    void givenAnUnreadableLineBeforeTheLastOne_whenChanged_thenItIsKeptAsAWholeFileReadKeepsIt() throws IOException {
        FileGroupStore store = longHistory(2);
        Path file = StoreFixtures.history(root, GROUP);
        append(file, "not json\n");
        append(file, json.writeLine(SampleGroups.fieldSet(FieldKey.CITY, "Namur", "Liège").atRevision(4)) + "\n");

        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.STREET, "Rue Haute 5"));

        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(text).contains("not json\n");
        assertThat(lines(Files.readAllBytes(file))).extracting(HistoryEntry::revision)
                .containsExactlyElementsOf(revisions(4));
        assertThat(store.history(GROUP)).hasSize(4);
    }

    @Test
    void givenAHistoryInStep_whenChangedOftenInALongHistory_thenNothingIsEverCut() throws IOException {
        FileGroupStore store = longHistory(200);
        assertThat(lines(Files.readAllBytes(StoreFixtures.history(root, GROUP))))
                .extracting(HistoryEntry::revision).containsExactlyElementsOf(revisions(201));
        assertThat(store.load(GROUP).orElseThrow().revision()).isEqualTo(201);
    }

    /** A group with its creation and {@code changes} changes of about 1 KB each (beyond the tail read at 64). */
    private FileGroupStore longHistory(int changes) {
        FileGroupStore store = StoreFixtures.open(root);
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        for (int i = 0; i < changes; i++) {
            HistoryEntry entry = new HistoryEntry(SampleGroups.T0.plusSeconds(60), "Jean D'Hondt", 0,
                    HistoryKind.IMPORTED, List.of(), List.of(), List.of(), List.of(), "détail " + i + " " + "x".repeat(1_000));
            new GroupUpdates(store).update(GROUP, fresh -> new GroupUpdate.Decision.Apply<>(fresh.setup(), entry, "done"));
        }
        return store;
    }

    private List<HistoryEntry> lines(byte[] content) throws IOException {
        List<HistoryEntry> entries = new java.util.ArrayList<>();
        for (String line : new String(content, StandardCharsets.UTF_8).lines().toList()) {
            if (!line.isBlank() && !line.equals("not json")) {
                try {
                    entries.add(json.readLine(line));
                } catch (be.groupsetup.persistence.document.DocumentException e) {
                    throw new AssertionError("an unreadable line left: " + line, e);
                }
            }
        }
        return entries;
    }

    private static List<Long> revisions(long last) {
        return java.util.stream.LongStream.rangeClosed(1, last).boxed().toList();
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
