package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.model.LastChange;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list's summary index: used when documents are unchanged, rebuilt when it cannot be trusted. */
class SummaryIndexTest {

    private static final GroupNumber GROUP = SampleGroups.number("94123456001");
    private static final GroupNumber OTHER = SampleGroups.number("94654321001");
    private static final Instant CHANGED = Instant.parse("2026-03-02T10:15:30.123456789Z");

    @TempDir
    Path root;
    private FileGroupStore store;
    private final List<GroupNumber> summarised = new ArrayList<>();
    /** The open warnings the summarizer gives each group. */
    private int openWarnings = 3;
    private final Function<StoredGroup, GroupSummary> summarizer = stored -> {
        summarised.add(stored.groupNumber());
        return new GroupSummary(stored.groupNumber(), "company", false, 1, false, openWarnings, stored.revision(),
                CsamStep.CSAM_LOGIN, new LastChange("Jean D'Hondt", CHANGED, HistoryKind.LETTER_WRITTEN, "nl"));
    };

    @BeforeEach
    void twoGroups() {
        store = new FileGroupStore(DataDirectory.open(root), new JsonDocuments(), Duration.ofSeconds(5), Clock.systemUTC());
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.create(SampleGroups.emptySetup(OTHER), SampleGroups.created(OTHER));
    }

    @Test
    void givenUnchangedDocuments_whenListedAgain_thenNoneIsReadAgain() {
        store.list(summarizer, "1");
        summarised.clear();

        List<GroupListing> listed = store.list(summarizer, "1");

        assertThat(summarised).isEmpty();
        assertThat(listed).extracting(GroupListing::key).containsExactly(GROUP.value(), OTHER.value());
        assertThat(root.resolve("groups").resolve(SummaryIndex.FILE)).exists();
    }

    @Test
    void givenOneDocumentChanged_whenListed_thenOnlyThatOneIsReadAgain() {
        store.list(summarizer, "1");
        summarised.clear();
        store.delete(OTHER);
        store.create(SampleGroups.fullSetup(OTHER), SampleGroups.created(OTHER));

        store.list(summarizer, "1");

        assertThat(summarised).containsExactly(OTHER);
    }

    @Test
    void givenSummariesWithOpenWarnings_whenListedAgainFromTheIndex_thenTheirCountIsKept() throws Exception {
        store.list(summarizer, "1");
        summarised.clear();
        openWarnings = 99;

        List<GroupListing> listed = store.list(summarizer, "1");

        assertThat(summarised).isEmpty();
        assertThat(listed).extracting(l -> ((GroupListing.Listed) l).summary().openWarnings()).containsExactly(3, 3);
        String index = Files.readString(root.resolve("groups").resolve(SummaryIndex.FILE));
        assertThat(index).startsWith(SummaryIndex.MAGIC + "\t" + SummaryIndex.FORMAT + "\t1\n");
        assertThat(SummaryIndex.parse(index, "1").get(GROUP.value()).summary().openWarnings()).isEqualTo(3);
    }

    @Test
    void givenSummariesWithNextStepAndLastChange_whenListedAgainFromTheIndex_thenBothAreKept() throws Exception {
        List<GroupListing> first = store.list(summarizer, "1");
        summarised.clear();

        List<GroupListing> second = store.list(summarizer, "1");

        assertThat(summarised).isEmpty();
        assertThat(second).isEqualTo(first);
        assertThat(second).extracting(l -> ((GroupListing.Listed) l).summary().nextStep())
                .containsExactly(CsamStep.CSAM_LOGIN, CsamStep.CSAM_LOGIN);
        assertThat(second).extracting(l -> ((GroupListing.Listed) l).summary().lastChange())
                .containsOnly(new LastChange("Jean D'Hondt", CHANGED, HistoryKind.LETTER_WRITTEN, "nl"));
        SummaryIndex.Summary summary = SummaryIndex.parse(Files.readString(root.resolve("groups")
                .resolve(SummaryIndex.FILE)), "1").get(GROUP.value()).summary();
        assertThat(summary.nextStep()).isEqualTo("csam-login");
        assertThat(summary.lastChange().technician()).isEqualTo("Jean D'Hondt");
        assertThat(summary.lastChange().time()).isEqualTo(CHANGED);
        assertThat(summary.lastChange().kind()).isEqualTo("letter-written");
        assertThat(summary.lastChange().detail()).isEqualTo("nl");
    }

    @Test
    void givenAnIndexRememberingAStepThisReleaseDoesNotKnow_whenListed_thenThatDocumentIsReadAgain()
            throws Exception {
        store.list(summarizer, "1");
        Path file = root.resolve("groups").resolve(SummaryIndex.FILE);
        Files.writeString(file, Files.readString(file).replaceFirst("\tcsam-login\t", "\tno-such-step\t"),
                StandardCharsets.UTF_8);
        summarised.clear();

        List<GroupListing> listed = store.list(summarizer, "1");

        assertThat(summarised).hasSize(1);
        assertThat(listed).extracting(l -> ((GroupListing.Listed) l).summary().nextStep())
                .containsOnly(CsamStep.CSAM_LOGIN);
    }

    @Test
    void givenAnIndexWrittenByThePreviousRelease_whenListed_thenEveryGroupIsSummarisedAgainWithItsOpenWarnings()
            throws Exception {
        store.list(summarizer, "1");
        Path file = root.resolve("groups").resolve(SummaryIndex.FILE);
        Path former = root.resolve("groups").resolve(SummaryIndex.FORMER_FILE);
        JsonMapper plain = JsonMapper.builder().build();
        // as the releases before wrote it: JSON, format 1, summaries without openWarnings, for these very documents
        Files.writeString(former, plain.writeValueAsString(formerIndex(plain, file, "1")), StandardCharsets.UTF_8);
        Files.delete(file);
        summarised.clear();
        openWarnings = 1;

        List<GroupListing> listed = store.list(summarizer, "1");

        assertThat(summarised).containsExactly(GROUP, OTHER);
        assertThat(listed).extracting(l -> ((GroupListing.Listed) l).summary().openWarnings()).containsExactly(1, 1);
        assertThat(Files.readString(file)).startsWith(SummaryIndex.MAGIC + "\t" + SummaryIndex.FORMAT + "\t");
        assertThat(former).doesNotExist();
        summarised.clear();
        assertThat(store.list(summarizer, "1")).isEqualTo(listed);
        assertThat(summarised).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"format\": 1, \"entr", "groupsetup-summaries\t5\t1\n94123456001\t12", "cut short",
            "groupsetup-summaries\t5\t1\nend\t7\n"})
    void givenGarbledIndex_whenListed_thenRebuiltFromTheDocuments(String garbled) throws Exception {
        store.list(summarizer, "1");
        Files.writeString(root.resolve("groups").resolve(SummaryIndex.FILE), garbled, StandardCharsets.UTF_8);
        summarised.clear();

        List<GroupListing> listed = store.list(summarizer, "1");

        assertThat(summarised).containsExactly(GROUP, OTHER);
        assertThat(listed).hasSize(2);
        summarised.clear();
        store.list(summarizer, "1");
        assertThat(summarised).isEmpty();
    }

    @Test
    void givenAnIndexLineWithATimeNoInstantHolds_whenListed_thenOnlyThatGroupIsReadAgain_andTheIndexMended()
            throws Exception {
        List<GroupListing> listed = store.list(summarizer, "1");
        Path file = root.resolve("groups").resolve(SummaryIndex.FILE);
        String index = Files.readString(file);
        // the last change's time, in seconds: far beyond what an Instant holds, and not a format error
        String seconds = Long.toString(CHANGED.getEpochSecond());
        int line = index.indexOf(OTHER.value() + "\t");
        Files.writeString(file, index.substring(0, line) + index.substring(line).replaceFirst(seconds,
                Long.toString(Long.MAX_VALUE)), StandardCharsets.UTF_8);
        summarised.clear();

        assertThat(store.list(summarizer, "1")).isEqualTo(listed);

        assertThat(summarised).containsExactly(OTHER);
        summarised.clear();
        store.list(summarizer, "1");
        assertThat(summarised).isEmpty();
    }

    @Test
    void givenAnIndexCutShortByHand_whenListed_thenNoneOfItIsUsed() throws Exception {
        store.list(summarizer, "1");
        Path file = root.resolve("groups").resolve(SummaryIndex.FILE);
        String index = Files.readString(file);
        Files.writeString(file, index.substring(0, index.indexOf("\nend\t") + 1), StandardCharsets.UTF_8);
        summarised.clear();

        store.list(summarizer, "1");

        assertThat(summarised).containsExactly(GROUP, OTHER);
    }

    @Test
    void givenADocumentEditedInPlaceByHand_whenListed_thenItIsReadAgainThoughItsSizeAndFileAreTheSame()
            throws Exception {
        store.list(summarizer, "1");
        Path document = root.resolve("groups").resolve(OTHER.value() + FileGroupStore.DOCUMENT_SUFFIX);
        Object fileKey = Files.readAttributes(document, BasicFileAttributes.class).fileKey();
        byte[] content = Files.readAllBytes(document);
        FileTime modified = Files.getLastModifiedTime(document);
        Files.write(document, content); // the same file, the same size: only its time tells
        Files.setLastModifiedTime(document, FileTime.from(modified.toInstant().plusMillis(1500)));
        assertThat(Files.readAttributes(document, BasicFileAttributes.class).fileKey()).isEqualTo(fileKey);
        summarised.clear();

        store.list(summarizer, "1");

        assertThat(summarised).containsExactly(OTHER);
    }

    @Test
    void givenNothingChanged_whenListedAgain_thenTheIndexIsNotWrittenAgain() throws Exception {
        store.list(summarizer, "1");
        Path file = root.resolve("groups").resolve(SummaryIndex.FILE);
        Object fileKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

        store.list(summarizer, "1");

        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey()).isEqualTo(fileKey);
    }

    @Test
    void givenEntriesWithEveryKindOfText_whenFormattedAndParsed_thenTheSameEntries() {
        Map<String, SummaryIndex.Entry> entries = new HashMap<>();
        entries.put("94123456001", new SummaryIndex.Entry(2508, 1796542094445704013L, "(dev=fe00,ino=8428249)",
                new SummaryIndex.Summary("Soins\tà\nDomicile \\ \\N\r SRL", true, 5, true, 0, 7, null,
                        new SummaryIndex.Change("Jean\tD'Hondt", CHANGED, "letter-written", "a\\b\nc")), null));
        entries.put("94123457001", new SummaryIndex.Entry(1, -3, null,
                new SummaryIndex.Summary(null, false, 0, false, 12, 1, "csam-login", null), null));
        entries.put("94123458001", new SummaryIndex.Entry(0, 0, "\\N",
                new SummaryIndex.Summary("", false, 1, false, 0, 2, "", new SummaryIndex.Change("", Instant.EPOCH,
                        "created", null)), null));
        entries.put("94123459001", new SummaryIndex.Entry(9, 9, "k", null, "not valid JSON:\n\t\\ at line 1"));

        String text = SummaryIndex.format("rules\tof 2026", entries);

        assertThat(text).endsWith("end\t4\n");
        assertThat(text.lines()).hasSize(6);
        assertThat(SummaryIndex.parse(text, "rules\tof 2026")).isEqualTo(entries);
        assertThat(SummaryIndex.parse(text, "other rules")).isNull();
    }

    @Test
    void givenNumbersFromTheSmallestToTheLargest_whenFormattedAndParsed_thenTheSameNumbers() {
        Map<String, SummaryIndex.Entry> entries = new HashMap<>();
        long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1_000_000_000_000_000_000L, -999_999_999_999_999_999L,
                -1, 0, 7, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L, 1_796_542_094_445_704_013L,
                Long.MAX_VALUE - 1, Long.MAX_VALUE};
        // and numbers of every length, from a seeded generator
        java.util.Random random = new java.util.Random(20261206);
        long[] numbers = new long[edges.length + 500];
        System.arraycopy(edges, 0, numbers, 0, edges.length);
        for (int i = edges.length; i < numbers.length; i++) {
            numbers[i] = random.nextLong() >> random.nextInt(64);
        }
        for (int i = 0; i < numbers.length; i++) {
            entries.put("94%06d001".formatted(i), new SummaryIndex.Entry(numbers[i], numbers[numbers.length - 1 - i],
                    "k", null, "damaged"));
        }

        assertThat(SummaryIndex.parse(SummaryIndex.format("1", entries), "1")).isEqualTo(entries);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a", "+12", "-", "", "1-2", " 12", "99999999999999999999", "--1", "1.5",
            "9223372036854775808", "-9223372036854775809", "9999999999999999999", "1/"})
    void givenAnIndexWhoseNumberIsNotOne_whenParsed_thenRefused(String number) {
        String text = "groupsetup-summaries\t5\t1\n94123456001\t" + number + "\t0\tk\tD\tdamaged\nend\t1\n";

        assertThatThrownBy(() -> SummaryIndex.parse(text, "1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SummaryIndex.parse(text.replace("\t" + number + "\t", "\t12\t"), "1")).hasSize(1);
    }

    @Test
    void givenIndexOfOtherRules_whenListed_thenEveryGroupIsSummarisedAgain() {
        store.list(summarizer, "1");
        summarised.clear();

        store.list(summarizer, "2");

        assertThat(summarised).containsExactly(GROUP, OTHER);
    }

    @Test
    void givenMissingIndex_whenListed_thenEveryGroupIsReadAndTheIndexWritten() throws Exception {
        store.list(summarizer, "1");
        Files.delete(root.resolve("groups").resolve(SummaryIndex.FILE));
        summarised.clear();

        store.list(summarizer, "1");

        assertThat(summarised).containsExactly(GROUP, OTHER);
        assertThat(root.resolve("groups").resolve(SummaryIndex.FILE)).exists();
    }

    /** An index as the releases of format 1 wrote it (JSON, no open warnings) for the entries of the text index. */
    static ObjectNode formerIndex(JsonMapper plain, Path textIndex, String rulesVersion) throws java.io.IOException {
        ObjectNode previous = plain.createObjectNode();
        previous.put("format", 1);
        previous.put("rulesVersion", rulesVersion);
        ObjectNode all = previous.putObject("entries");
        SummaryIndex.parse(Files.readString(textIndex), rulesVersion).forEach((number, entry) -> {
            ObjectNode one = all.putObject(number);
            one.put("size", entry.size());
            one.put("modified", entry.modified());
            one.put("fileKey", entry.fileKey());
            ObjectNode summary = one.putObject("summary");
            summary.put("company", entry.summary().company());
            summary.put("complete", entry.summary().complete());
            summary.put("progress", entry.summary().progress());
            summary.put("ready", entry.summary().ready());
            summary.put("revision", entry.summary().revision());
            one.putNull("damaged");
        });
        return previous;
    }
}
