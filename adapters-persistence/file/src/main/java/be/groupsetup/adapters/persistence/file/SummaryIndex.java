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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
 * {@code \n}, {@code \r}; an absent value is {@code \N}. An index whose first or last line is wrong, or whose
 * count of lines is not the one its last line gives (cut short, lines lost), is not used at all; a line of it that
 * does not follow the format is not used, and the index is written again.
 * <p>
 * The lines are in the order of the numbers, the order in which the list goes through the documents: the list
 * walks the index once beside them, reading a line only when it comes to its document, and keeps no entry in
 * memory. A line used again is copied as it is into the next index.
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

    /** An entry made by this listing, with its group's number. */
    private record Fresh(String number, Entry entry) {
    }

    private final Path file;
    private final String rulesVersion;
    /** The index as read; empty when there was none to use. */
    private final byte[] text;
    /** Where the entries' lines begin, and where the end line begins: every entry lies between. */
    private final int entriesStart;
    private final int entriesEnd;
    /** How many entries' lines the index holds. */
    private final int lines;
    /** Reads the line of an entry, wherever it is. */
    private final Fields fields;
    /** The next line to look at: the list asks for its numbers in increasing order, the order of the lines. */
    private int cursor;
    /** Where the lines used again begin, in order: copied as they are when the index is written again. */
    private int[] kept = new int[256];
    private int keptCount;
    /** The entries made by this listing (documents read again), in the order of their numbers. */
    private final List<Fresh> fresh = new ArrayList<>();
    private boolean changed;

    private SummaryIndex(Path file, String rulesVersion, byte[] text, int entriesStart, int entriesEnd, int lines,
                         boolean changed) {
        this.file = file;
        this.rulesVersion = rulesVersion;
        this.text = text;
        this.entriesStart = entriesStart;
        this.entriesEnd = entriesEnd;
        this.lines = lines;
        this.fields = new Fields(text, entriesStart);
        this.cursor = entriesStart;
        this.changed = changed;
    }

    private static SummaryIndex empty(Path file, String rulesVersion) {
        return new SummaryIndex(file, rulesVersion, new byte[0], 0, 0, 0, true);
    }

    /** The most the index may weigh (a few hundred bytes per group). */
    static final long LIMIT = 64L << 20;

    /**
     * The index, read without following a link: a link, a folder or a file too large there reads as no index.
     * Only its first and last lines are read here, and its lines counted; an entry's line is read when the list
     * comes to its document.
     */
    static SummaryIndex read(DataDirectory directory, Path groups, String rulesVersion) {
        Path file = groups.resolve(FILE);
        try {
            SummaryIndex index = open(file, rulesVersion, directory.readRegularFile(file, LIMIT));
            if (index != null) {
                return index;
            }
        } catch (NoSuchFileException e) {
            return empty(file, rulesVersion);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Rebuilding the list index {}: it cannot be read", file);
        }
        return empty(file, rulesVersion);
    }

    /**
     * The index of this text; null when it is of another format or other rules.
     *
     * @throws IllegalArgumentException the text is not an index: no first line, no end line, or another count of
     *                                  lines than its end line gives (cut short, lines lost or added)
     */
    private static SummaryIndex open(Path file, String rulesVersion, byte[] text) {
        Fields header = new Fields(text, 0);
        if (!header.line() || !MAGIC.equals(header.text())) {
            throw new IllegalArgumentException("not a list index");
        }
        if (header.integer() != FORMAT || !Objects.equals(header.text(), rulesVersion)) {
            return null;
        }
        header.endOfLine();
        int start = header.position;
        if (text[text.length - 1] != '\n') {
            throw new IllegalArgumentException("a line without its end");
        }
        int end = text.length - 1;
        while (end > 0 && text[end - 1] != '\n') {
            end--;
        }
        if (end < start) {
            throw new IllegalArgumentException("the index is cut short");
        }
        Fields last = new Fields(text, end);
        last.line();
        if (!END.equals(last.text())) {
            throw new IllegalArgumentException("the index is cut short");
        }
        long count = last.integer();
        last.endOfLine();
        int lines = 0;
        for (int i = start; i < end; i++) {
            if (text[i] == '\n') {
                lines++;
            }
        }
        if (count != lines) {
            throw new IllegalArgumentException("the index lost lines");
        }
        return new SummaryIndex(file, rulesVersion, text, start, end, lines, false);
    }

    /**
     * The entries of an index's text, every line read; null when it is of another format or other rules.
     *
     * @throws IllegalArgumentException the text is not an index (cut short, garbled)
     */
    static Map<String, Entry> parse(String text, String rulesVersion) {
        SummaryIndex index = open(null, rulesVersion, text.getBytes(StandardCharsets.UTF_8));
        if (index == null) {
            return null;
        }
        Map<String, Entry> entries = new HashMap<>();
        for (int line = index.entriesStart; line < index.entriesEnd; line = index.lineEnd(line) + 1) {
            String number = index.fields.at(line).text();
            if (number == null || !GroupNumber.isCanonical(number)) {
                throw new IllegalArgumentException("no group number");
            }
            entries.put(number, index.fields.entry());
        }
        return entries;
    }

    /**
     * The listing remembered for a document of this identity, or null when it must be read again. The list asks
     * for its documents in the order of their numbers: the index's lines before this number are passed over for
     * good. A line that does not follow the format is not used (its document is read again, the index written
     * again).
     */
    GroupListing remembered(String number, Path document, Identity identity) {
        int line = lineOf(number);
        if (line < 0) {
            return null;
        }
        Entry entry;
        try {
            fields.at(line).text();
            entry = fields.entry();
            cursor = fields.position;
        } catch (RuntimeException e) {
            // not of the format, or a value out of range (a time no Instant holds): that line is not used
            changed = true;
            cursor = lineEnd(line) + 1;
            return null;
        }
        if (entry.size() != identity.size() || entry.modified() != identity.modified()
                || !Objects.equals(entry.fileKey(), identity.key())) {
            return null;
        }
        GroupListing listing = listing(number, document, entry);
        if (listing != null) {
            if (keptCount == kept.length) {
                kept = Arrays.copyOf(kept, kept.length * 2);
            }
            kept[keptCount++] = line;
        }
        return listing;
    }

    /** The listing an entry remembers; null when it names a step or kind of change this release does not know. */
    private static GroupListing listing(String number, Path document, Entry entry) {
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

    /**
     * Where the line of this number begins, or -1 when the index has none; the lines before it are passed (the
     * caller moves past the line found, as it reads it).
     */
    private int lineOf(String number) {
        while (cursor < entriesEnd) {
            int order = compareNumber(cursor, number);
            if (order == 0) {
                return cursor;
            }
            if (order > 0) {
                return -1;
            }
            cursor = lineEnd(cursor) + 1;
        }
        return -1;
    }

    /** The first field of the line that begins there, compared with this number as text (both ASCII digits). */
    private int compareNumber(int line, String number) {
        for (int i = 0; ; i++) {
            int at = line + i;
            boolean lineDone = text[at] == '\t' || text[at] == '\n';
            boolean numberDone = i == number.length();
            if (lineDone || numberDone) {
                return lineDone ? (numberDone ? 0 : -1) : 1;
            }
            int order = (text[at] & 0xff) - number.charAt(i);
            if (order != 0) {
                return order;
            }
        }
    }

    /** Where the line that begins there ends: its line feed (every line of an opened index has one). */
    private int lineEnd(int line) {
        int end = line;
        while (text[end] != '\n') {
            end++;
        }
        return end;
    }

    /** The entry made for a document read again, which the index will remember. In the order of the numbers. */
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
        fresh.add(new Fresh(number, entry));
        changed = true;
    }

    /**
     * Writes the index back when something differed (documents read again, added or gone, a line not used); the
     * JSON index of the releases before, if one is left, is removed with it. The lines used again are copied as
     * they were read.
     */
    void save(DataDirectory directory) {
        if (!changed && keptCount == lines) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                (keptCount == 0 ? 128 : text.length) + fresh.size() * 160);
        StringBuilder line = new StringBuilder(256);
        header(line, rulesVersion);
        out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        int k = 0;
        int f = 0;
        while (k < keptCount || f < fresh.size()) {
            if (f == fresh.size() || k < keptCount && compareNumber(kept[k], fresh.get(f).number()) < 0) {
                out.write(text, kept[k], lineEnd(kept[k]) + 1 - kept[k]);
                k++;
            } else {
                line.setLength(0);
                line(line, fresh.get(f).number(), fresh.get(f).entry());
                out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
                f++;
            }
        }
        line.setLength(0);
        end(line, keptCount + fresh.size());
        out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        try {
            directory.writeAtomically(file, out.toByteArray());
            Files.deleteIfExists(file.resolveSibling(FORMER_FILE));
        } catch (IOException | RuntimeException e) {
            // only a cache: the next list reads the documents again
            LOG.warn("Could not write the list index {}", file);
        }
    }

    /** The text of an index of these entries, in the order of their numbers. */
    static String format(String rulesVersion, Map<String, Entry> entries) {
        StringBuilder out = new StringBuilder(128 + entries.size() * 160);
        header(out, rulesVersion);
        List<String> numbers = new ArrayList<>(entries.keySet());
        numbers.sort(null);
        for (String number : numbers) {
            line(out, number, entries.get(number));
        }
        end(out, entries.size());
        return out.toString();
    }

    private static void header(StringBuilder out, String rulesVersion) {
        out.append(MAGIC).append('\t').append(FORMAT).append('\t');
        text(out, rulesVersion).append('\n');
    }

    /** The last line: how many entries' lines come before it. */
    private static void end(StringBuilder out, int count) {
        out.append(END).append('\t').append(count).append('\n');
    }

    /** An entry's line, line feed included. */
    private static void line(StringBuilder out, String number, Entry entry) {
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

    /**
     * The fields of the index's text (UTF-8 bytes), one line after the other, each read in one pass up to its tab or
     * line feed; any departure from the format is an exception. The separators and escapes are ASCII, which no byte
     * of a multi-byte character can be taken for.
     */
    private static final class Fields {
        private final byte[] text;
        private int position;
        /** The last field read ended its line (with the line's feed); so it is before the first line. */
        private boolean ended = true;

        Fields(byte[] text, int position) {
            this.text = text;
            this.position = position;
        }

        /** Moves to the line that begins there, ready to read its first field. */
        Fields at(int line) {
            position = line;
            ended = false;
            return this;
        }

        /** Moves to the next line: false at the end of the text. */
        boolean line() {
            if (!ended) {
                throw new IllegalArgumentException("more fields than expected");
            }
            if (position >= text.length) {
                return false;
            }
            ended = false;
            return true;
        }

        void endOfLine() {
            if (!ended) {
                throw new IllegalArgumentException("more fields than expected");
            }
        }

        /** The fields of an entry after its number, to the end of its line. */
        Entry entry() {
            long size = integer();
            long modified = integer();
            String fileKey = text();
            String type = text();
            Entry entry;
            if (DAMAGED.equals(type)) {
                entry = new Entry(size, modified, fileKey, null, text());
            } else if (SUMMARY.equals(type)) {
                String company = text();
                boolean complete = bool();
                int progress = (int) integer();
                boolean ready = bool();
                int openWarnings = (int) integer();
                long revision = integer();
                String nextStep = text();
                String technician = text();
                Change change;
                if (technician == null) {
                    text();
                    text();
                    text();
                    text();
                    change = null;
                } else {
                    Instant time = Instant.ofEpochSecond(integer(), integer());
                    change = new Change(technician, time, text(), text());
                }
                entry = new Entry(size, modified, fileKey, new Summary(company, complete, progress, ready,
                        openWarnings, revision, nextStep, change), null);
            } else {
                throw new IllegalArgumentException("an entry of no known type");
            }
            endOfLine();
            return entry;
        }

        /** Before a field: there is one, on this line. */
        private void field() {
            if (ended) {
                throw new IllegalArgumentException("fewer fields than expected");
            }
        }

        /** After a field that ends there, at its tab or line feed; any other byte there: the text ended first. */
        private void after(int end) {
            if (end == text.length) {
                throw new IllegalArgumentException("a line without its end");
            }
            ended = text[end] == '\n';
            position = end + 1;
        }

        String text() {
            field();
            int start = position;
            int end = start;
            boolean escaped = false;
            while (end < text.length && text[end] != '\t' && text[end] != '\n') {
                escaped |= text[end] == '\\';
                end++;
            }
            after(end);
            if (!escaped) {
                return new String(text, start, end - start, StandardCharsets.UTF_8);
            }
            if (end - start == 2 && text[start + 1] == 'N') {
                return null;
            }
            String raw = new String(text, start, end - start, StandardCharsets.UTF_8);
            StringBuilder value = new StringBuilder(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                if (++i >= raw.length()) {
                    throw new IllegalArgumentException("a lone backslash");
                }
                value.append(switch (raw.charAt(i)) {
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
         * A decimal integer, with a minus sign if negative: the index's sizes, times and counts. Read by hand, in
         * one pass (a hundred thousand lines of nine numbers each, the times of nineteen digits), as a negative
         * number, which reaches one further than a positive one; one that does not fit in a long is refused.
         */
        long integer() {
            field();
            int start = position;
            boolean negative = start < text.length && text[start] == '-';
            int first = negative ? start + 1 : start;
            long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
            long tenthOfLimit = limit / 10;
            long value = 0;
            int end = first;
            for (; end < text.length && text[end] != '\t' && text[end] != '\n'; end++) {
                int digit = text[end] - '0';
                if (digit < 0 || digit > 9) {
                    throw new NumberFormatException("not a number in the list index");
                }
                if (value < tenthOfLimit || value * 10 < limit + digit) {
                    throw new NumberFormatException("a number too large in the list index");
                }
                value = value * 10 - digit;
            }
            if (end == first) {
                throw new NumberFormatException("no digits in the list index");
            }
            after(end);
            return negative ? value : -value;
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
