package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.directory.DataDirectory;
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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The list's memory: for each document, the summary made the last time it was read, with the document's file
 * identity (size, modification time, file key — a save replaces the file, so a new file key). A document whose
 * identity is unchanged is not read again; any other is. The index is only a cache: it is rebuilt when it is
 * missing, unreadable, or was made by another version of the rules, and writers never need to touch it.
 * <p>
 * Its file ({@value #FILE}) is text, one line per group, read and written by hand (a list of 100,000 groups reads
 * it in a fraction of a second): a first line {@code groupsetup-summaries TAB format TAB rulesVersion}, then per
 * group the fields of an {@link Entry} separated by tabs, then {@code end TAB count}, each line ending with a line
 * feed. In a text field a backslash, tab, line feed and carriage return are written {@code \\}, {@code \t},
 * {@code \n}, {@code \r}; an absent value is {@code \N}. A file that does not follow this to its last line is not
 * used at all.
 */
final class SummaryIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryIndex.class);
    static final String FILE = ".summaries.txt";
    /** The JSON index of formats 1 to 4 (the releases before): removed when the text one is written. */
    static final String FORMER_FILE = ".summaries.json";
    static final String MAGIC = "groupsetup-summaries";
    /**
     * The index's format: 2 added each summary's {@code openWarnings}, 3 its {@code nextStep} and
     * {@code lastChange}, 4 the last change's {@code kind} and {@code detail}, 5 the text file of one line per group
     * (1 to 4 were JSON, in {@value #FORMER_FILE}). An index of another format is not read: every document is
     * summarised again and the index rewritten.
     */
    static final int FORMAT = 5;
    private static final String ABSENT = "\\N";
    private static final String SUMMARY = "S";
    private static final String DAMAGED = "D";
    private static final String END = "end";

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
    /** The numbers whose remembered entry was used, each once: kept when the index is written again. */
    private final List<String> reused = new ArrayList<>();
    /** The entries made by this listing (documents read again). */
    private final Map<String, Entry> fresh = new HashMap<>();
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
    static SummaryIndex read(DataDirectory directory, Path groups, String rulesVersion) {
        Path file = groups.resolve(FILE);
        try {
            Map<String, Entry> entries = parse(new String(directory.readRegularFile(file, LIMIT), StandardCharsets.UTF_8),
                    rulesVersion);
            if (entries != null) {
                return new SummaryIndex(file, rulesVersion, entries, false);
            }
        } catch (NoSuchFileException e) {
            return new SummaryIndex(file, rulesVersion, new HashMap<>(), true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Rebuilding the list index {}: it cannot be read", file);
        }
        return new SummaryIndex(file, rulesVersion, new HashMap<>(), true);
    }

    /**
     * The entries of an index's text; null when it is of another format or other rules.
     *
     * @throws IllegalArgumentException the text is not an index (cut short, garbled)
     */
    static Map<String, Entry> parse(String text, String rulesVersion) {
        Fields fields = new Fields(text);
        if (!fields.line() || !MAGIC.equals(fields.text())) {
            throw new IllegalArgumentException("not a list index");
        }
        if (fields.integer() != FORMAT || !Objects.equals(fields.text(), rulesVersion)) {
            return null;
        }
        fields.endOfLine();
        Map<String, Entry> entries = new HashMap<>();
        while (true) {
            if (!fields.line()) {
                throw new IllegalArgumentException("the index is cut short");
            }
            String number = fields.text();
            if (END.equals(number)) {
                if (fields.integer() != entries.size()) {
                    throw new IllegalArgumentException("the index lost lines");
                }
                fields.endOfLine();
                if (fields.line()) {
                    throw new IllegalArgumentException("lines after the index's end");
                }
                return entries;
            }
            if (number == null || !GroupNumber.isCanonical(number)) {
                throw new IllegalArgumentException("no group number");
            }
            long size = fields.integer();
            long modified = fields.integer();
            String fileKey = fields.text();
            String type = fields.text();
            Entry entry;
            if (DAMAGED.equals(type)) {
                entry = new Entry(size, modified, fileKey, null, fields.text());
            } else if (SUMMARY.equals(type)) {
                String company = fields.text();
                boolean complete = fields.bool();
                int progress = (int) fields.integer();
                boolean ready = fields.bool();
                int openWarnings = (int) fields.integer();
                long revision = fields.integer();
                String nextStep = fields.shared();
                String technician = fields.shared();
                Change change;
                if (technician == null) {
                    fields.text();
                    fields.text();
                    fields.text();
                    fields.text();
                    change = null;
                } else {
                    Instant time = Instant.ofEpochSecond(fields.integer(), fields.integer());
                    change = new Change(technician, time, fields.shared(), fields.shared());
                }
                entry = new Entry(size, modified, fileKey, new Summary(company, complete, progress, ready, openWarnings,
                        revision, nextStep, change), null);
            } else {
                throw new IllegalArgumentException("an entry of no known type");
            }
            fields.endOfLine();
            entries.put(number, entry);
        }
    }

    /**
     * The listing remembered for a document of this identity, or null when it must be read again. It changes
     * nothing (several threads may ask at once, once the index is read): {@link #reused} says which were used.
     */
    GroupListing remembered(String number, Path document, Identity identity) {
        Entry entry = entries.get(number);
        if (entry == null || entry.size() != identity.size() || entry.modified() != identity.modified()
                || !Objects.equals(entry.fileKey(), identity.key())) {
            return null;
        }
        if (entry.summary() == null) {
            return new GroupListing.Damaged(number, document.toString(), entry.damaged());
        }
        Summary s = entry.summary();
        CsamStep next = s.nextStep() == null ? null : CsamStep.byId(s.nextStep()).orElse(null);
        HistoryKind kind = s.lastChange() == null ? null : HistoryKind.byId(s.lastChange().kind()).orElse(null);
        if (s.nextStep() != null && next == null || s.lastChange() != null && kind == null) {
            return null; // no step or kind of change of this release: the document is read again
        }
        Change change = s.lastChange();
        LastChange last = change == null || change.technician() == null || change.time() == null ? null
                : new LastChange(change.technician(), change.time(), kind, change.detail());
        return new GroupListing.Listed(new GroupSummary(new GroupNumber(number), s.company(), s.complete(),
                s.progress(), s.ready(), s.openWarnings(), s.revision(), next, last));
    }

    /** That the listing {@link #remembered} for this group was used: its entry is kept in the index. */
    void reused(String number) {
        reused.add(number);
    }

    void remember(String number, Identity identity, GroupListing listing) {
        Entry entry;
        if (listing instanceof GroupListing.Listed listed) {
            GroupSummary s = listed.summary();
            entry = new Entry(identity.size(), identity.modified(), identity.key(),
                    new Summary(s.company(), s.complete(), s.progress(), s.ready(), s.openWarnings(), s.revision(),
                            s.nextStep() == null ? null : s.nextStep().id(), s.lastChange() == null ? null
                            : new Change(s.lastChange().technician(), s.lastChange().time(),
                            s.lastChange().kind().id(), s.lastChange().detail())), null);
        } else {
            entry = new Entry(identity.size(), identity.modified(), identity.key(), null,
                    ((GroupListing.Damaged) listing).reason());
        }
        fresh.put(number, entry);
        changed = true;
    }

    /**
     * Writes the index back when something differed (documents read again, added or gone); the JSON index of the
     * releases before, if one is left, is removed with it.
     */
    void save(DataDirectory directory) {
        if (!changed && reused.size() == entries.size()) {
            return;
        }
        Map<String, Entry> seen = new HashMap<>(fresh);
        for (String number : reused) {
            seen.put(number, entries.get(number));
        }
        try {
            directory.writeAtomically(file, format(rulesVersion, seen).getBytes(StandardCharsets.UTF_8));
            Files.deleteIfExists(file.resolveSibling(FORMER_FILE));
        } catch (IOException | RuntimeException e) {
            // only a cache: the next list reads the documents again
            LOG.warn("Could not write the list index {}", file);
        }
    }

    /** The text of an index of these entries, in the order of their numbers. */
    static String format(String rulesVersion, Map<String, Entry> entries) {
        StringBuilder out = new StringBuilder(128 + entries.size() * 160);
        out.append(MAGIC).append('\t').append(FORMAT).append('\t');
        text(out, rulesVersion).append('\n');
        List<String> numbers = new ArrayList<>(entries.keySet());
        numbers.sort(null);
        for (String number : numbers) {
            Entry entry = entries.get(number);
            out.append(number).append('\t').append(entry.size()).append('\t').append(entry.modified()).append('\t');
            text(out, entry.fileKey()).append('\t');
            Summary s = entry.summary();
            if (s == null) {
                out.append(DAMAGED).append('\t');
                text(out, entry.damaged());
            } else {
                out.append(SUMMARY).append('\t');
                text(out, s.company()).append('\t').append(s.complete() ? 1 : 0).append('\t').append(s.progress())
                        .append('\t').append(s.ready() ? 1 : 0).append('\t').append(s.openWarnings()).append('\t')
                        .append(s.revision()).append('\t');
                text(out, s.nextStep()).append('\t');
                Change c = s.lastChange();
                if (c == null || c.technician() == null || c.time() == null) {
                    out.append(ABSENT).append('\t').append(ABSENT).append('\t').append(ABSENT).append('\t')
                            .append(ABSENT).append('\t').append(ABSENT);
                } else {
                    text(out, c.technician()).append('\t').append(c.time().getEpochSecond()).append('\t')
                            .append(c.time().getNano()).append('\t');
                    text(out, c.kind()).append('\t');
                    text(out, c.detail());
                }
            }
            out.append('\n');
        }
        return out.append(END).append('\t').append(entries.size()).append('\n').toString();
    }

    private static StringBuilder text(StringBuilder out, String value) {
        if (value == null) {
            return out.append(ABSENT);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    /**
     * What the index compares of a document: its size, modification time and file key. Kept instead of the file's
     * attributes, which weigh several times more, while a list of many groups waits for its index.
     *
     * @param fileKey the file system's key of the file, null where it has none
     */
    record Identity(long size, long modified, Object fileKey) {

        static Identity of(BasicFileAttributes attributes) {
            return new Identity(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    attributes.fileKey());
        }

        /** The file key as the index writes it. */
        String key() {
            return fileKey == null ? null : fileKey.toString();
        }
    }

    /** The fields of the index's text, one line after the other; any departure from the format is an exception. */
    private static final class Fields {
        private final String text;
        private final Map<String, String> values = new HashMap<>();
        private int position;
        private int lineEnd = -1;

        Fields(String text) {
            this.text = text;
        }

        /** Moves to the next line: false at the end of the text; a line without its line feed is refused. */
        boolean line() {
            if (lineEnd >= 0 && position <= lineEnd) {
                throw new IllegalArgumentException("more fields than expected");
            }
            if (position >= text.length()) {
                return false;
            }
            lineEnd = text.indexOf('\n', position);
            if (lineEnd < 0) {
                throw new IllegalArgumentException("a line without its end");
            }
            return true;
        }

        void endOfLine() {
            if (position != lineEnd + 1) {
                throw new IllegalArgumentException("more fields than expected");
            }
        }

        /** The next field's raw bounds: from position to the returned end (a tab or the line feed). */
        private int fieldEnd() {
            if (position > lineEnd) {
                throw new IllegalArgumentException("fewer fields than expected");
            }
            int end = text.indexOf('\t', position);
            return end < 0 || end > lineEnd ? lineEnd : end;
        }

        String text() {
            int end = fieldEnd();
            int start = position;
            position = end + 1;
            if (end - start == 2 && text.charAt(start) == '\\' && text.charAt(start + 1) == 'N') {
                return null;
            }
            int escape = start;
            while (escape < end && text.charAt(escape) != '\\') {
                escape++;
            }
            if (escape == end) {
                return text.substring(start, end);
            }
            StringBuilder value = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                if (++i >= end) {
                    throw new IllegalArgumentException("a lone backslash");
                }
                value.append(switch (text.charAt(i)) {
                    case '\\' -> '\\';
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> throw new IllegalArgumentException("an unknown escape");
                });
            }
            return value.toString();
        }

        /**
         * A field whose few values repeat over the groups (a step, a technician, a kind of change): one string per
         * value, held once for the 100,000 entries that name it rather than once each.
         */
        String shared() {
            String value = text();
            if (value == null) {
                return null;
            }
            String held = values.putIfAbsent(value, value);
            return held == null ? value : held;
        }

        /** A decimal integer, with a minus sign if negative: the index's sizes, times and counts. */
        long integer() {
            int end = fieldEnd();
            int start = position;
            boolean negative = start < end && text.charAt(start) == '-';
            int first = negative ? start + 1 : start;
            if (first == end || end - first > 18) {
                // none, or as long as the largest: the library's parse says whether it is a number that fits
                long value = Long.parseLong(text, start, end, 10);
                position = end + 1;
                return value;
            }
            // read by hand: a hundred thousand lines of eight numbers each, and the library's parse is the slower
            long value = 0;
            for (int i = first; i < end; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    throw new NumberFormatException("not a number in the list index");
                }
                value = value * 10 + (c - '0');
            }
            position = end + 1;
            return negative ? -value : value;
        }

        boolean bool() {
            long value = integer();
            if (value != 0 && value != 1) {
                throw new IllegalArgumentException("neither 0 nor 1");
            }
            return value == 1;
        }
    }
}
