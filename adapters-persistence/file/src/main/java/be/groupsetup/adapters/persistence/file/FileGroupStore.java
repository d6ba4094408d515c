package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.directory.LinkRefusedException;
import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.persistence.document.DocumentException;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.error.DamagedGroupException;
import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.error.StorageException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.GroupChange;
import be.groupsetup.application.port.out.SaveResult;
import be.groupsetup.application.port.out.Storage;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The default store: one JSON document per group ({@code groups/<number>.json}) and an append-only history
 * ({@code groups/<number>.history.jsonl}) in the data directory. See docs/storage.md for the format and the
 * guarantees.
 * <p>
 * Every change runs under {@link StoreLock}: a save reads the state as stored at that moment and writes only if it
 * is still at the revision the application decided on (compare-and-swap). The history line is
 * appended (and forced) before the document is replaced atomically, so after a crash the history may hold one
 * entry more than the document: lines above the document's revision are ignored on read and cut at the next
 * change. Reads take no lock: a document is always whole. Only when a rename journal is present (a rename in
 * progress in another process, or one a crash interrupted) does a read first take the lock, so that it never sees
 * the group under both numbers or under neither.
 */
public final class FileGroupStore implements Storage {

    private static final Logger LOG = LoggerFactory.getLogger(FileGroupStore.class);
    static final String GROUPS = "groups";
    static final String DOCUMENT_SUFFIX = ".json";
    static final String HISTORY_SUFFIX = ".history.jsonl";
    static final String LOCK_FILE = ".lock";
    static final String RENAME_JOURNAL = ".rename-journal.json";
    static final String IMPORT_JOURNAL = ".import-journal.json";
    static final String IMPORTING_SUFFIX = ".importing";
    /** The most a document may weigh (a full one is about 10 KB): a larger file is not read into memory. */
    static final long DOCUMENT_LIMIT = 16L << 20;
    /** The most a history may weigh (hundreds of thousands of entries). */
    static final long HISTORY_LIMIT = 256L << 20;
    /** How much of a history's end {@link #historyEntry} reads first: dozens of lines, any usual change's among them. */
    static final int HISTORY_TAIL = 64 << 10;
    /** From how many documents the list looks at them on two threads. */
    static final int PARALLEL_LOOKS = 2_000;
    /** How many documents the list looks at in one go, and gives out once they are looked at. */
    private static final int LOOK_BLOCK = 512;
    /** The most a journal may weigh (a rename's holds one history line). */
    static final long JOURNAL_LIMIT = 16L << 20;
    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final DataDirectory directory;
    private final Path groups;
    private final JsonDocuments json;
    private final StoreLock lock;
    private final Clock clock;
    private final String description;

    public FileGroupStore(DataDirectory directory, JsonDocuments json, Duration lockTimeout, Clock clock) {
        this(directory, json, lockTimeout, clock, FileStoreProvider.NAME + ", " + directory.root());
    }

    /** @param description what {@code version} shows: the store's name and the data directory as it was set */
    public FileGroupStore(DataDirectory directory, JsonDocuments json, Duration lockTimeout, Clock clock,
                          String description) {
        this.description = description;
        this.directory = directory;
        this.groups = directory.directory(GROUPS);
        this.json = json;
        this.lock = new StoreLock(directory, groups.resolve(LOCK_FILE), lockTimeout);
        this.clock = clock;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public String location() {
        return directory.root().toString();
    }

    // ---------------------------------------------------------------------------------------------- reading

    @Override
    public Optional<StoredGroup> load(GroupNumber number) {
        finishInterruptedChange();
        return read(number);
    }

    @Override
    public List<HistoryEntry> history(GroupNumber number) {
        finishInterruptedChange();
        // no document, no history: what is left of one is the trace of a creation or deletion a crash cut short
        Optional<Long> revision = read(number).map(StoredGroup::revision);
        if (revision.isEmpty()) {
            return List.of();
        }
        return readHistory(number).stream().filter(entry -> entry.revision() <= revision.get()).toList();
    }

    /**
     * The line of that revision, looked for from the end of the history file, where the list finds it at once: only
     * the file's last {@value #HISTORY_TAIL} bytes are read, the whole file only when they do not hold the line (a
     * revision long past, a line longer than that). Lines beyond it (a change a crash cut short) and a torn last line
     * are passed over; the document is not read.
     */
    @Override
    public Optional<HistoryEntry> historyEntry(GroupNumber number, long revision) {
        finishInterruptedChange();
        Path file = history(number.value());
        try {
            LastLine last = lastLineAtMost(file, revision);
            return Optional.ofNullable(last.entry()).filter(entry -> entry.revision() == revision);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (LinkRefusedException e) {
            if (e.isLink()) {
                throw linkInPlaceOf(number.value(), file);
            }
            throw new StorageException("storage.io", e, file, DataDirectory.describe(e));
        } catch (IOException e) {
            throw new StorageException("storage.io", e, file, DataDirectory.describe(e));
        }
    }

    /**
     * The last complete, readable line of a history whose revision is at most {@code revision}, looked for from the
     * file's end: where the list finds the entry of a document's revision, and where a change finds what a crash left
     * beyond it. Only the last {@value #HISTORY_TAIL} bytes are read, the whole file only when they hold no such line
     * that begins inside them (a revision long past, a line longer than that). An unfinished last line (no line feed)
     * is never it, nor a blank or unreadable one.
     *
     */
    private LastLine lastLineAtMost(Path file, long revision) throws IOException {
        DataDirectory.Tail tail = directory.readRegularFileEnd(file, HISTORY_TAIL);
        LastLine last = lastLineAtMost(tail.content(), tail.start(), tail.start() == 0, revision);
        return last != null ? last
                : lastLineAtMost(directory.readRegularFile(file, HISTORY_LIMIT), 0, true, revision);
    }

    /**
     * What {@link #lastLineAtMost(Path, long)} found.
     *
     * @param content the bytes read: the whole file, or its end
     * @param start   where {@code content} begins in the file
     * @param end     where the line found ends in {@code content} (just after its line feed), 0 when none
     * @param entry   the line's entry, null when none
     */
    private record LastLine(byte[] content, long start, int end, HistoryEntry entry) {
    }

    /** {@link #lastLineAtMost(Path, long)} in what was read; null when a tail ({@code whole} false) cannot tell. */
    private LastLine lastLineAtMost(byte[] content, long start, boolean whole, long revision) {
        int end = content.length - 1;
        while (end >= 0 && content[end] != '\n') {
            end--; // a last line without its line feed is unfinished
        }
        while (end >= 0) {
            int from = end - 1;
            while (from >= 0 && content[from] != '\n') {
                from--;
            }
            if (from < 0 && !whole) {
                return null; // the tail's first line may be cut
            }
            String line = new String(content, from + 1, end - from - 1, StandardCharsets.UTF_8);
            if (!line.isBlank()) {
                try {
                    HistoryEntry entry = json.readLine(line);
                    if (entry.revision() <= revision) {
                        return new LastLine(content, start, end + 1, entry);
                    }
                } catch (DocumentException e) {
                    // passed over here; readHistory and the reconciliation say so in the log
                }
            }
            end = from;
        }
        return whole ? new LastLine(content, start, 0, null) : null;
    }

    /**
     * Every group, summarised, each given to {@code each} as soon as it is made. A document unchanged since the
     * last list (same size, time and file) is not read again: its summary comes from {@link SummaryIndex}, made by
     * the same version of the rules, whose lines are read beside the documents, in the same order. The index is
     * read on a thread of its own while this one reads the folder; then every document and history is looked at
     * ({@code lstat}, twice per group), a block at a time, by this thread and, with many groups, a second one that
     * goes ahead of it: this thread gives out a block's groups as soon as its looks are done.
     */
    @Override
    public void list(Function<StoredGroup, GroupSummary> summarizer, String rulesVersion,
                     Consumer<? super GroupListing> each) {
        finishInterruptedChange();
        FutureTask<SummaryIndex> reading = new FutureTask<>(() -> SummaryIndex.read(directory, groups, rulesVersion));
        Thread reader = new Thread(reading, "groupsetup-list-index");
        reader.setDaemon(true);
        reader.start();
        long[] documents = documents();
        List<FutureTask<Looked>> blocks = new ArrayList<>(documents.length / LOOK_BLOCK + 1);
        for (int from = 0; from < documents.length; from += LOOK_BLOCK) {
            int first = from;
            blocks.add(new FutureTask<>(() -> look(documents, first, Math.min(documents.length, first + LOOK_BLOCK))));
        }
        if (documents.length >= PARALLEL_LOOKS) {
            // runs the blocks in order; one this thread has begun or finished is passed over at once
            Thread looker = new Thread(() -> blocks.forEach(FutureTask::run), "groupsetup-list-looks");
            looker.setDaemon(true);
            looker.start();
        }
        try {
            SummaryIndex index = null;
            for (int b = 0; b < blocks.size(); b++) {
                FutureTask<Looked> block = blocks.get(b);
                block.run(); // nothing when the other thread runs or ran it: then get() waits for it
                Looked looked = block.get();
                if (index == null) {
                    index = reading.get(); // asked once the first block is looked at: both at once till then
                }
                for (int i = 0; i < looked.looks().length; i++) {
                    GroupListing listing = listing(looked.documents()[i], looked.looks()[i], index, summarizer);
                    if (listing != null) {
                        each.accept(listing);
                    }
                }
                // given out: its paths and looks need not stay until the last block (the task keeps its result)
                Arrays.fill(looked.documents(), null);
                Arrays.fill(looked.looks(), null);
            }
            (index == null ? reading.get() : index).save(directory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("storage.io", e, groups, "interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            // stopped early (each threw): the other thread need not look any further
            blocks.forEach(block -> block.cancel(false));
        }
    }

    /**
     * The listing of a document from what the look saw of it: damaged as seen, remembered by the index, or read
     * again (and then remembered); null when it is gone.
     */
    private GroupListing listing(Path document, Object look, SummaryIndex index,
                                 Function<StoredGroup, GroupSummary> summarizer) {
        if (look == null || look instanceof GroupListing.Damaged) {
            return (GroupListing) look; // gone since the folder was read, or damaged whatever the index says
        }
        String number = number(document);
        SummaryIndex.Identity identity = (SummaryIndex.Identity) look;
        GroupListing remembered = index.remembered(number, document, identity);
        if (remembered != null) {
            return remembered;
        }
        GroupListing listing;
        try {
            listing = new GroupListing.Listed(summarizer.apply(parse(document, number)));
        } catch (DamagedGroupException e) {
            listing = new GroupListing.Damaged(number, e.location(), e.reason());
        } catch (GroupNotFoundException e) {
            return null;
        } catch (StorageException e) {
            // one document the file system will not give (no permission, not a file) never stops the listing
            return new GroupListing.Damaged(number, document.toString(),
                    "cannot be read: " + e.arguments().get(e.arguments().size() - 1));
        }
        index.remember(number, identity, listing);
        return listing;
    }

    /** A block of documents and what the list saw of each ({@link #look(Path)}), in their order. */
    private record Looked(Path[] documents, Object[] looks) {
    }

    /** Looks at the documents of these numbers, {@code from} to {@code to} (excluded). */
    private Looked look(long[] numbers, int from, int to) {
        Path[] documents = new Path[to - from];
        Object[] looks = new Object[to - from];
        for (int i = 0; i < looks.length; i++) {
            documents[i] = document(numbers[from + i]);
            looks[i] = look(documents[i]);
        }
        return new Looked(documents, looks);
    }

    /**
     * What the list sees of a document without reading it: its identity (size, time, file key); a listing of it as
     * damaged (it or its history is a link, it cannot be looked at); null when it is gone.
     */
    private Object look(Path document) {
        String number = number(document);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(document, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return new GroupListing.Damaged(number, document.toString(), "cannot be read: " + DataDirectory.describe(e));
        }
        // a link where the document or its history should be: damaged, whatever the index remembers
        Optional<DamagedGroupException> link = attributes.isSymbolicLink()
                ? Optional.of(linkInPlaceOf(number, document)) : historyLink(number);
        if (link.isPresent()) {
            return new GroupListing.Damaged(number, link.get().location(), link.get().reason());
        }
        return SummaryIndex.Identity.of(attributes);
    }

    private static String number(Path document) {
        return number(document.getFileName().toString());
    }

    /** The group number a document's name spells (what comes before {@value #DOCUMENT_SUFFIX}). */
    private static String number(String documentName) {
        return documentName.substring(0, documentName.length() - DOCUMENT_SUFFIX.length());
    }

    @Override
    public List<GroupNumber> numbers() {
        return Arrays.stream(documents()).mapToObj(number -> new GroupNumber(number(number))).toList();
    }

    @Override
    public Optional<GroupArchive> export(GroupNumber number) {
        finishInterruptedChange();
        return read(number).map(stored -> new GroupArchive(stored, history(number)));
    }

    // ---------------------------------------------------------------------------------------------- writing

    @Override
    public StoredGroup create(GroupSetup setup, HistoryEntry entry) {
        GroupNumber number = setup.groupNumber();
        return locked(() -> {
            if (DataDirectory.exists(document(number))) {
                throw new GroupAlreadyExistsException(number.value());
            }
            StoredGroup stored = new StoredGroup(setup, 1);
            Files.deleteIfExists(history(number.value()));
            appendHistory(number.value(), entry.atRevision(1));
            directory.writeAtomically(document(number), json.write(stored));
            return stored;
        });
    }

    @Override
    public SaveResult save(GroupChange change) {
        GroupNumber number = change.groupNumber();
        return locked(() -> {
            StoredGroup fresh = freshForChange(number);
            if (fresh.revision() != change.readRevision()) {
                return SaveResult.conflict(fresh.revision());
            }
            appendHistory(number.value(), change.entry());
            directory.writeAtomically(document(number), json.write(change.stored()));
            return SaveResult.saved(change.revision());
        });
    }

    @Override
    public SaveResult rename(GroupNumber from, GroupChange change) {
        GroupNumber to = change.groupNumber();
        return locked(() -> {
            StoredGroup fresh = freshForChange(from);
            if (DataDirectory.exists(document(to))) {
                throw new GroupAlreadyExistsException(to.value());
            }
            if (fresh.revision() != change.readRevision()) {
                return SaveResult.conflict(fresh.revision());
            }
            RenameJournal journal = new RenameJournal(from.value(), to.value(), change.revision(),
                    json.writeLine(change.entry()));
            Files.deleteIfExists(history(to.value()));
            directory.writeAtomically(groups.resolve(RENAME_JOURNAL),
                    json.writeValue(journal).getBytes(StandardCharsets.UTF_8));
            directory.writeAtomically(document(to), json.write(change.stored()));
            completeRename(journal);
            return SaveResult.saved(change.revision());
        });
    }

    @Override
    public boolean delete(GroupNumber number) {
        return locked(() -> {
            Path document = document(number);
            if (!DataDirectory.exists(document)) {
                return false;
            }
            try {
                parse(document, number.value());
            } catch (DamagedGroupException e) {
                moveAside(number.value());
                return true;
            }
            // the document first: a crash in between leaves a history without document, which nothing shows
            Files.delete(document);
            directory.forceFolder(groups);
            Files.deleteIfExists(history(number.value()));
            directory.forceFolder(groups);
            return true;
        });
    }

    @Override
    public boolean importGroup(GroupArchive archive, boolean replace) {
        GroupNumber number = archive.group().groupNumber();
        return locked(() -> {
            boolean exists = DataDirectory.exists(document(number));
            if (exists && !replace) {
                throw new GroupAlreadyExistsException(number.value());
            }
            if (exists) {
                try {
                    parse(document(number), number.value());
                } catch (DamagedGroupException e) {
                    moveAside(number.value());
                }
            }
            Path historyFile = history(number.value());
            if (DataDirectory.exists(historyFile) && !Files.isSymbolicLink(historyFile)
                    && !Files.isRegularFile(historyFile, LinkOption.NOFOLLOW_LINKS)) {
                // (a link left there without its document is replaced by the imported history, never written through)
                // checked before anything is written: once the new document is in place, its history must follow
                throw new IOException("the history " + historyFile + " is not a regular file");
            }
            // the new history waits beside the old one until the new document is in place; the journal says
            // which document that is, so that a crash at any point is completed or undone (recover)
            StringBuilder history = new StringBuilder();
            archive.history().forEach(entry -> history.append(json.writeLine(entry)).append('\n'));
            byte[] document = json.write(archive.group());
            directory.writeAtomically(importing(number.value()), history.toString().getBytes(StandardCharsets.UTF_8));
            directory.writeAtomically(groups.resolve(IMPORT_JOURNAL), json.writeValue(
                    new ImportJournal(number.value(), ImportJournal.digest(document))).getBytes(StandardCharsets.UTF_8));
            directory.writeAtomically(document(number), document);
            completeImport(number.value());
            return exists;
        });
    }

    // ---------------------------------------------------------------------------------------------- internals

    private Optional<StoredGroup> read(GroupNumber number) {
        Path document = document(number);
        if (!DataDirectory.exists(document)) {
            if (!Files.isDirectory(groups, LinkOption.NOFOLLOW_LINKS)) {
                // the folder itself is gone or replaced: the environment failed, the group was not deleted
                NotDirectoryException gone = new NotDirectoryException(groups.toString());
                throw new StorageException("storage.io", gone, groups, DataDirectory.describe(gone));
            }
            return Optional.empty();
        }
        return Optional.of(parse(document, number.value()));
    }

    private StoredGroup parse(Path document, String number) {
        byte[] content;
        try {
            content = directory.readRegularFile(document, DOCUMENT_LIMIT);
        } catch (NoSuchFileException e) {
            throw new GroupNotFoundException(number);
        } catch (LinkRefusedException e) {
            if (e.isLink()) {
                throw linkInPlaceOf(number, document);
            }
            throw new StorageException("storage.io", e, document, DataDirectory.describe(e));
        } catch (IOException e) {
            throw new StorageException("storage.io", e, document, DataDirectory.describe(e));
        }
        StoredGroup stored;
        try {
            stored = json.readGroup(content, number);
        } catch (DocumentException e) {
            throw new DamagedGroupException(number, document.toString(), e.reason(), e);
        }
        Optional<DamagedGroupException> link = historyLink(number);
        if (link.isPresent()) {
            throw link.get();
        }
        return stored;
    }

    /**
     * A symbolic link where the group's history should be makes the group damaged: it is never read, appended to
     * or cut through the link (the file it points to may lie outside the data directory).
     */
    private Optional<DamagedGroupException> historyLink(String number) {
        Path file = history(number);
        return Files.isSymbolicLink(file) ? Optional.of(linkInPlaceOf(number, file)) : Optional.empty();
    }

    private static DamagedGroupException linkInPlaceOf(String number, Path file) {
        return new DamagedGroupException(number, file.toString(), "it is a symbolic link, which groupsetup neither"
                + " reads nor writes through (a link inside the data directory may point anywhere); replace it by the"
                + " file itself", null);
    }

    /** The state a change applies to, read under the lock; the history cut back to it if a crash left more. */
    private StoredGroup freshForChange(GroupNumber number) throws IOException {
        StoredGroup fresh = read(number).orElseThrow(() -> new GroupNotFoundException(number.value()));
        reconcileHistory(number.value(), fresh.revision());
        return fresh;
    }

    private List<HistoryEntry> readHistory(GroupNumber number) {
        Path file = history(number.value());
        List<String> lines;
        try {
            lines = new String(directory.readRegularFile(file, HISTORY_LIMIT), StandardCharsets.UTF_8).lines().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new StorageException("storage.io", e, file, DataDirectory.describe(e));
        }
        List<HistoryEntry> entries = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(json.readLine(line));
            } catch (DocumentException e) {
                if (i == lines.size() - 1) {
                    LOG.warn("Ignoring the unfinished last line of {} (an interrupted write): {}", file, e.reason());
                } else {
                    LOG.warn("Ignoring unreadable line {} of {}: {}", i + 1, file, e.reason());
                }
            }
        }
        return entries;
    }

    /**
     * Cuts the history file back to the last complete line whose revision is at most the document's: what lies
     * beyond was written by a change that died before its document was replaced.
     * <p>
     * Only the file's end is read ({@value #HISTORY_TAIL} bytes): the history is appended to in the order of the
     * revisions, so the last complete line of a revision at most the document's (read from the end) is where the
     * cut, if any, begins; from that line on the lines are weighed as when the whole file is read. The whole file is
     * read only when its end holds no such line (lines longer than the tail, or a document older than its history's
     * end by more than that).
     */
    private void reconcileHistory(String number, long documentRevision) throws IOException {
        Path file = history(number);
        if (!directory.isRegularFileOrAbsent(file)) {
            return;
        }
        LastLine last = lastLineAtMost(file, documentRevision);
        byte[] content = last.content();
        int keep = keptFrom(file, content, last.end(), documentRevision);
        if (keep < content.length) {
            LOG.warn("Cutting {} back to revision {} (a change was interrupted before it completed)", file,
                    documentRevision);
            directory.truncate(file, last.start() + keep);
        }
    }

    /**
     * How many bytes of {@code content} are kept: from {@code from} on, every complete line up to the first one of a
     * revision above the document's (blank and unreadable lines are kept; an unfinished last line is not).
     */
    private int keptFrom(Path file, byte[] content, int from, long documentRevision) {
        int keep = from;
        int start = from;
        for (int i = from; i < content.length; i++) {
            if (content[i] != '\n') {
                continue;
            }
            String line = new String(content, start, i - start, StandardCharsets.UTF_8);
            start = i + 1;
            if (line.isBlank()) {
                keep = start;
                continue;
            }
            try {
                if (json.readLine(line).revision() > documentRevision) {
                    break;
                }
            } catch (DocumentException e) {
                LOG.warn("Unreadable line in {}: {}", file, e.reason());
            }
            keep = start;
        }
        return keep;
    }

    private void appendHistory(String number, HistoryEntry entry) throws IOException {
        directory.appendForced(history(number), (json.writeLine(entry) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Finishes a journalled rename: history moved under the new number, old document removed, journal gone. */
    private void completeRename(RenameJournal journal) throws IOException {
        Path fromHistory = history(journal.from());
        Path toHistory = history(journal.to());
        if (DataDirectory.exists(fromHistory)) {
            List<HistoryEntry> existing = readHistory(new GroupNumber(journal.from()));
            long last = existing.isEmpty() ? 0 : existing.get(existing.size() - 1).revision();
            if (last < journal.revision()) {
                reconcileHistory(journal.from(), journal.revision() - 1);
                directory.appendForced(fromHistory, (journal.historyLine() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            Files.move(fromHistory, toHistory, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else if (!DataDirectory.exists(toHistory)) {
            directory.appendForced(toHistory, (journal.historyLine() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.deleteIfExists(groups.resolve(journal.from() + DOCUMENT_SUFFIX));
        directory.forceFolder(groups);
        Files.deleteIfExists(groups.resolve(RENAME_JOURNAL));
        directory.forceFolder(groups);
    }

    /** The imported history moved into place, the journal removed. */
    private void completeImport(String number) throws IOException {
        Path waiting = importing(number);
        if (DataDirectory.exists(waiting)) {
            Files.move(waiting, history(number), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            directory.forceFolder(groups);
        }
        Files.deleteIfExists(groups.resolve(IMPORT_JOURNAL));
        directory.forceFolder(groups);
    }

    /** An import that a crash interrupted: completed when its document is in place, else forgotten. */
    private void recoverImport(Path journalFile) throws IOException {
        ImportJournal journal;
        try {
            journal = json.readValue(readJournal(journalFile), ImportJournal.class);
        } catch (DocumentException e) {
            throw new StorageException("storage.journal", e, journalFile, e.reason());
        }
        requireNumber(journalFile, journal.number());
        Path document = groups.resolve(journal.number() + DOCUMENT_SUFFIX);
        boolean documentInPlace;
        try {
            documentInPlace = ImportJournal.digest(directory.readRegularFile(document, DOCUMENT_LIMIT))
                    .equals(journal.documentDigest());
        } catch (NoSuchFileException | LinkRefusedException e) {
            documentInPlace = false;
        }
        if (documentInPlace) {
            LOG.warn("Completing the import of {} that was interrupted", journal.number());
            completeImport(journal.number());
        } else {
            LOG.warn("Forgetting the import of {} that was interrupted before its document was written",
                    journal.number());
            Files.deleteIfExists(importing(journal.number()));
            Files.deleteIfExists(journalFile);
            directory.forceFolder(groups);
        }
    }

    /** Runs what an earlier process left unfinished: a rename, temporary files of an interrupted write. */
    private void recover() throws IOException {
        Path journalFile = groups.resolve(RENAME_JOURNAL);
        if (DataDirectory.exists(journalFile)) {
            try {
                RenameJournal journal = json.readValue(readJournal(journalFile), RenameJournal.class);
                requireNumber(journalFile, journal.from());
                requireNumber(journalFile, journal.to());
                if (DataDirectory.exists(groups.resolve(journal.to() + DOCUMENT_SUFFIX))) {
                    LOG.warn("Completing the rename of {} to {} that was interrupted", journal.from(), journal.to());
                    completeRename(journal);
                } else {
                    LOG.warn("Forgetting the rename of {} to {} that was interrupted before it began",
                            journal.from(), journal.to());
                    Files.delete(journalFile);
                }
            } catch (DocumentException e) {
                throw new StorageException("storage.journal", e, journalFile, e.reason());
            }
        }
        Path importJournal = groups.resolve(IMPORT_JOURNAL);
        if (DataDirectory.exists(importJournal)) {
            recoverImport(importJournal);
        }
        // at every change, not once per store: another process may have died since this one started
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(groups, DataDirectory.TEMPORARY_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** A journal's text, read without following a link. */
    private String readJournal(Path file) throws IOException {
        return new String(directory.readRegularFile(file, JOURNAL_LIMIT), StandardCharsets.UTF_8);
    }

    /** A number read from a journal becomes a file name: it must be a group number, nothing else. */
    private static void requireNumber(Path journal, String number) {
        if (!GroupNumber.isCanonical(number)) {
            throw new StorageException("storage.journal", null, journal, "it names no group number");
        }
    }

    /** A read that finds a rename journal first lets the rename finish (or runs the recovery) under the lock. */
    private void finishInterruptedChange() {
        if (DataDirectory.exists(groups.resolve(RENAME_JOURNAL)) || DataDirectory.exists(groups.resolve(IMPORT_JOURNAL))) {
            locked(() -> null);
        }
    }

    private void moveAside(String number) throws IOException {
        String stamp = ASIDE_STAMP.format(clock.instant());
        Path document = groups.resolve(number + DOCUMENT_SUFFIX);
        Path history = history(number);
        // a name no file has yet: an atomic move would silently replace an earlier copy moved aside in the
        // same millisecond (or under a clock set back)
        String suffix = ".damaged-" + stamp;
        for (int n = 2; DataDirectory.exists(groups.resolve(number + DOCUMENT_SUFFIX + suffix))
                || DataDirectory.exists(groups.resolve(number + HISTORY_SUFFIX + suffix)); n++) {
            suffix = ".damaged-" + stamp + "-" + n;
        }
        Path aside = groups.resolve(number + DOCUMENT_SUFFIX + suffix);
        LOG.warn("Moving the damaged document {} aside to {}", document, aside.getFileName());
        Files.move(document, aside, StandardCopyOption.ATOMIC_MOVE);
        if (DataDirectory.exists(history)) {
            Files.move(history, groups.resolve(number + HISTORY_SUFFIX + suffix), StandardCopyOption.ATOMIC_MOVE);
        }
        directory.forceFolder(groups);
    }

    /**
     * The numbers of the documents in the folder, sorted: a document's name is its number, eleven digits, which sort
     * as the values they spell — sorted as numbers, several times faster than as text (100 ms for 100,000 names), and
     * held in a tenth of the memory of their paths, which a list of many groups makes a block at a time
     * ({@link #document(long)}).
     */
    private long[] documents() {
        // the names alone (one native call): the folder holds two files per group
        String[] names = groups.toFile().list();
        if (names == null) {
            // the folder could not be read: the stream says why
            List<String> listed = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(groups)) {
                stream.forEach(path -> listed.add(path.getFileName().toString()));
            } catch (IOException e) {
                throw new StorageException("storage.io", e, groups, DataDirectory.describe(e));
            }
            names = listed.toArray(String[]::new);
        }
        long[] numbers = new long[names.length];
        int count = 0;
        for (String name : names) {
            if (isDocumentName(name)) {
                numbers[count++] = Long.parseLong(name, 0, GroupNumber.LENGTH, 10);
            }
        }
        Arrays.sort(numbers, 0, count);
        return Arrays.copyOf(numbers, count);
    }

    /** A number of {@link #documents()} as the group number it is: eleven digits, leading zeros kept. */
    private static String number(long number) {
        char[] digits = new char[GroupNumber.LENGTH];
        for (int digit = GroupNumber.LENGTH - 1; digit >= 0; digit--) {
            digits[digit] = (char) ('0' + number % 10);
            number /= 10;
        }
        return new String(digits);
    }

    private Path document(long number) {
        return groups.resolve(number(number) + DOCUMENT_SUFFIX);
    }

    /** A group number and {@value #DOCUMENT_SUFFIX}: a group's document. */
    static boolean isDocumentName(String name) {
        return name.endsWith(DOCUMENT_SUFFIX) && GroupNumber.isCanonical(number(name));
    }

    private Path document(GroupNumber number) {
        return groups.resolve(number.value() + DOCUMENT_SUFFIX);
    }

    private Path importing(String number) {
        return groups.resolve(number + HISTORY_SUFFIX + IMPORTING_SUFFIX);
    }

    private Path history(String number) {
        return groups.resolve(number + HISTORY_SUFFIX);
    }

    private <T> T locked(IoAction<T> action) {
        try (StoreLock.Held held = lock.acquire()) {
            recover();
            return action.run();
        } catch (IOException | UncheckedIOException e) {
            throw new StorageException("storage.io", e, groups, DataDirectory.describe(e));
        }
    }

    @FunctionalInterface
    private interface IoAction<T> {
        T run() throws IOException;
    }
}
