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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

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
        JsonNode index = JsonMapper.builder().build().readTree(Files.readString(root.resolve("groups").resolve(SummaryIndex.FILE)));
        assertThat(index.get("format").intValue()).isEqualTo(SummaryIndex.FORMAT);
        assertThat(index.get("entries").get(GROUP.value()).get("summary").get("openWarnings").intValue()).isEqualTo(3);
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
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(root.resolve("groups")
                .resolve(SummaryIndex.FILE))).get("entries").get(GROUP.value()).get("summary");
        assertThat(summary.get("nextStep").stringValue()).isEqualTo("csam-login");
        assertThat(summary.get("lastChange").get("technician").stringValue()).isEqualTo("Jean D'Hondt");
        assertThat(summary.get("lastChange").get("kind").stringValue()).isEqualTo("letter-written");
        assertThat(summary.get("lastChange").get("detail").stringValue()).isEqualTo("nl");
    }

    @Test
    void givenAnIndexRememberingAStepThisReleaseDoesNotKnow_whenListed_thenThatDocumentIsReadAgain()
            throws Exception {
        store.list(summarizer, "1");
        Path file = root.resolve("groups").resolve(SummaryIndex.FILE);
        Files.writeString(file, Files.readString(file).replaceFirst("\"csam-login\"", "\"no-such-step\""),
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
        JsonMapper plain = JsonMapper.builder().build();
        // as the releases before wrote it: format 1, summaries without openWarnings, for these very documents
        ObjectNode previous = (ObjectNode) plain.readTree(Files.readString(file));
        previous.put("format", 1);
        for (JsonNode entry : previous.get("entries")) {
            ((ObjectNode) entry.get("summary")).remove("openWarnings");
        }
        Files.writeString(file, plain.writeValueAsString(previous), StandardCharsets.UTF_8);
        summarised.clear();
        openWarnings = 1;

        List<GroupListing> listed = store.list(summarizer, "1");

        assertThat(summarised).containsExactly(GROUP, OTHER);
        assertThat(listed).extracting(l -> ((GroupListing.Listed) l).summary().openWarnings()).containsExactly(1, 1);
        assertThat(plain.readTree(Files.readString(file)).get("format").intValue()).isEqualTo(SummaryIndex.FORMAT);
        summarised.clear();
        assertThat(store.list(summarizer, "1")).isEqualTo(listed);
        assertThat(summarised).isEmpty();
    }

    @Test
    void givenGarbledIndex_whenListed_thenRebuiltFromTheDocuments() throws Exception {
        store.list(summarizer, "1");
        Files.writeString(root.resolve("groups").resolve(SummaryIndex.FILE), "{\"format\": 1, \"entr",
                StandardCharsets.UTF_8);
        summarised.clear();

        List<GroupListing> listed = store.list(summarizer, "1");

        assertThat(summarised).containsExactly(GROUP, OTHER);
        assertThat(listed).hasSize(2);
        summarised.clear();
        store.list(summarizer, "1");
        assertThat(summarised).isEmpty();
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
}
