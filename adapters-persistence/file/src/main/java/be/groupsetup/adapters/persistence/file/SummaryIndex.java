package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.persistence.document.DocumentException;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.model.LastChange;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.value.GroupNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The list's memory: for each document, the summary made the last time it was read, with the document's file
 * identity (size, modification time, file key — a save replaces the file, so a new file key). A document whose
 * identity is unchanged is not read again; any other is. The index is only a cache: it is rebuilt when it is
 * missing, unreadable, or was made by another version of the rules, and writers never need to touch it.
 */
final class SummaryIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryIndex.class);
    static final String FILE = ".summaries.json";
    /**
     * The index's format: 2 added each summary's {@code openWarnings}, 3 its {@code nextStep} and
     * {@code lastChange}, 4 the last change's {@code kind} and {@code detail}. An index of another format (1 to 3 were
     * written by the releases before) is not read: every document is summarised again and the index rewritten.
     */
    static final int FORMAT = 4;

    /** What the index file holds. */
    record Content(int format, String rulesVersion, Map<String, Entry> entries) {
    }

    /**
     * @param summary null for a damaged document, whose reason is kept instead
     */
    record Entry(long size, long modified, String fileKey, Summary summary, String damaged) {
    }

    /**
     * @param nextStep   the step's id, null when the procedure is complete
     * @param lastChange null when the history did not hold the entry of the revision
     */
    record Summary(String company, boolean complete, int progress, boolean ready, int openWarnings, long revision,
                   String nextStep, Change lastChange) {
    }

    /**
     * A summary's last change: the history entry of the document's revision. It can be remembered with the
     * document's identity because no history is written without its document being replaced (a save, a rename and
     * an import all write a new document file); a history line beyond the document's revision is not its entry.
     */
    record Change(String technician, Instant time, String kind, String detail) {
    }

    private final Path file;
    private final String rulesVersion;
    private final Map<String, Entry> entries;
    private final Map<String, Entry> seen = new HashMap<>();
    private boolean changed;

    private SummaryIndex(Path file, String rulesVersion, Map<String, Entry> entries, boolean changed) {
        this.file = file;
        this.rulesVersion = rulesVersion;
        this.entries = entries;
        this.changed = changed;
    }

    /** The most the index may weigh (a few hundred bytes per group). */
    static final long LIMIT = 64L << 20;

    /** The index, read without following a link: a link, a folder or a file too large there reads as no index. */
    static SummaryIndex read(DataDirectory directory, Path groups, JsonDocuments json, String rulesVersion) {
        Path file = groups.resolve(FILE);
        try {
            Content content = json.readValue(new String(directory.readRegularFile(file, LIMIT), StandardCharsets.UTF_8),
                    Content.class);
            if (content.format() == FORMAT && Objects.equals(content.rulesVersion(), rulesVersion)
                    && content.entries() != null) {
                return new SummaryIndex(file, rulesVersion, new HashMap<>(content.entries()), false);
            }
        } catch (NoSuchFileException e) {
            return new SummaryIndex(file, rulesVersion, new HashMap<>(), true);
        } catch (IOException | DocumentException | RuntimeException e) {
            LOG.warn("Rebuilding the list index {}: it cannot be read", file);
        }
        return new SummaryIndex(file, rulesVersion, new HashMap<>(), true);
    }

    /** The listing remembered for a document with these attributes, or null when it must be read again. */
    GroupListing remembered(String number, Path document, BasicFileAttributes attributes) {
        Entry entry = entries.get(number);
        if (entry == null || entry.size() != attributes.size()
                || entry.modified() != attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)
                || !Objects.equals(entry.fileKey(), key(attributes))) {
            return null;
        }
        if (entry.summary() == null) {
            seen.put(number, entry);
            return new GroupListing.Damaged(number, document.toString(), entry.damaged());
        }
        Summary s = entry.summary();
        Optional<CsamStep> next = s.nextStep() == null ? Optional.empty() : CsamStep.byId(s.nextStep());
        if (s.nextStep() != null && next.isEmpty() || s.lastChange() != null && kind(s.lastChange()).isEmpty()) {
            return null; // no step or kind of change of this release: the document is read again
        }
        seen.put(number, entry);
        return new GroupListing.Listed(new GroupSummary(new GroupNumber(number), s.company(), s.complete(),
                s.progress(), s.ready(), s.openWarnings(), s.revision(), next.orElse(null), lastChange(s)));
    }

    private static LastChange lastChange(Summary summary) {
        Change change = summary.lastChange();
        return change == null || change.technician() == null || change.time() == null ? null
                : new LastChange(change.technician(), change.time(), kind(change).orElseThrow(), change.detail());
    }

    /** The kind of a remembered change, when this release knows it. */
    private static Optional<HistoryKind> kind(Change change) {
        return java.util.Arrays.stream(HistoryKind.values()).filter(k -> k.id().equals(change.kind())).findFirst();
    }

    void remember(String number, BasicFileAttributes attributes, GroupListing listing) {
        Entry entry;
        if (listing instanceof GroupListing.Listed listed) {
            GroupSummary s = listed.summary();
            entry = new Entry(attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), key(attributes),
                    new Summary(s.company(), s.complete(), s.progress(), s.ready(), s.openWarnings(), s.revision(),
                            s.nextStep() == null ? null : s.nextStep().id(), s.lastChange() == null ? null
                            : new Change(s.lastChange().technician(), s.lastChange().time(),
                            s.lastChange().kind().id(), s.lastChange().detail())), null);
        } else {
            entry = new Entry(attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), key(attributes), null,
                    ((GroupListing.Damaged) listing).reason());
        }
        seen.put(number, entry);
        changed = true;
    }

    /** Writes the index back when something differed (documents read again, added or gone). */
    void save(DataDirectory directory, JsonDocuments json) {
        if (!changed && seen.size() == entries.size()) {
            return;
        }
        try {
            directory.writeAtomically(file, json.writeValue(new Content(FORMAT, rulesVersion, seen))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // only a cache: the next list reads the documents again
            LOG.warn("Could not write the list index {}", file);
        }
    }

    private static String key(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return key == null ? null : key.toString();
    }
}
