package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.service.GroupUpdate;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.LoginCheck;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.AcknowledgementOutcome;
import be.groupsetup.domain.setup.GroupSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data directory as the previous release left it (documents of schemaVersion 1, history lines without login
 * checks, a list index of format 1) is read by this release, and its documents are rewritten in version 2 when
 * the groups are next changed.
 */
class PreviousReleaseDataTest {

    private static final ConfigurationRules RULES = SampleGroups.rules();

    @TempDir
    Path root;
    private final JsonMapper plain = JsonMapper.builder().build();
    private final List<String> summarised = new ArrayList<>();
    private final Function<StoredGroup, GroupSummary> summarizer = stored -> {
        summarised.add(stored.groupNumber().value());
        GroupSetup setup = stored.setup();
        return new GroupSummary(stored.groupNumber(), null, false, setup.procedure().progress(), false,
                setup.openWarnings(RULES).size(), stored.revision(), null, null);
    };
    private HistoryEntry recorded;

    @BeforeEach
    void leftByThePreviousRelease() throws IOException {
        FileGroupStore store = StoreFixtures.open(root);
        GroupSetup full = SampleGroups.fullSetup(GROUP);
        store.create(full, SampleGroups.created(GROUP));
        StepRecord principal = principal(full);
        recorded = new HistoryEntry(principal.recordedAt(), SampleGroups.TECHNICIAN, 2, HistoryKind.CSAM_RECORDED,
                List.of(), List.of(principal), List.of(), List.of(), null);
        new GroupUpdates(store).update(GROUP, fresh -> new GroupUpdate.Decision.Apply<>(full, recorded, "recorded"));
        // the document and the history as the previous release wrote them
        ObjectNode document = (ObjectNode) plain.readTree(Files.readString(StoreFixtures.document(root, GROUP)));
        document.put("schemaVersion", 1);
        document.remove("acknowledgements");
        document.get("csamRecords").forEach(record -> ((ObjectNode) record).remove("loginCheck"));
        Files.writeString(StoreFixtures.document(root, GROUP), plain.writer(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(document), StandardCharsets.UTF_8);
        StringBuilder history = new StringBuilder();
        for (String line : Files.readAllLines(StoreFixtures.history(root, GROUP), StandardCharsets.UTF_8)) {
            ObjectNode entry = (ObjectNode) plain.readTree(line);
            entry.get("recorded").forEach(record -> ((ObjectNode) record).remove("loginCheck"));
            entry.get("removed").forEach(record -> ((ObjectNode) record).remove("loginCheck"));
            history.append(plain.writeValueAsString(entry)).append('\n');
        }
        Files.writeString(StoreFixtures.history(root, GROUP), history.toString(), StandardCharsets.UTF_8);
        assertThat(Files.readString(StoreFixtures.document(root, GROUP))).doesNotContain("loginCheck", "acknowledgements");
        assertThat(Files.readString(StoreFixtures.history(root, GROUP))).doesNotContain("loginCheck");
        // and its list index, made for these very files: format 1, no openWarnings
        store.list(summarizer, "rules");
        Path index = StoreFixtures.groups(root).resolve(SummaryIndex.FILE);
        Files.writeString(StoreFixtures.groups(root).resolve(SummaryIndex.FORMER_FILE),
                plain.writeValueAsString(SummaryIndexTest.formerIndex(plain, index, "rules")), StandardCharsets.UTF_8);
        Files.delete(index);
        summarised.clear();
    }

    @Test
    void givenAVersion1Document_whenLoaded_thenTheSameSetUpWithTheLoginCheckFilledInAndNoAcknowledgement() {
        StoredGroup loaded = StoreFixtures.open(root).load(GROUP).orElseThrow();

        assertThat(loaded).isEqualTo(new StoredGroup(SampleGroups.fullSetup(GROUP), 2));
        assertThat(loaded.setup().acknowledgements()).isEmpty();
        assertThat(principal(loaded.setup()).loginCheck()).isEqualTo(new LoginCheck(
                "D'HONDT-VAN DEN BROUCKE Françoise-Marie Zoë Ghislaine", SampleGroups.T0.plusSeconds(1), null));
    }

    @Test
    void givenHistoryLinesWithoutLoginCheck_whenRead_thenTheirRecordsHaveNone() {
        List<HistoryEntry> history = StoreFixtures.open(root).history(GROUP);

        StepRecord principal = principal(SampleGroups.fullSetup(GROUP));
        assertThat(history).containsExactly(SampleGroups.created(GROUP), new HistoryEntry(recorded.time(),
                recorded.technician(), 2, HistoryKind.CSAM_RECORDED, List.of(), List.of(new StepRecord(principal.step(),
                principal.person(), principal.role(), principal.existing(), principal.services(), principal.skipped(),
                principal.identityConfirmed(), principal.recordedBy(), principal.recordedAt(), null)), List.of(),
                List.of(), null));
    }

    @Test
    void givenAListIndexOfThePreviousRelease_whenListed_thenEveryGroupIsSummarisedAgainWithItsOpenWarnings() {
        FileGroupStore store = StoreFixtures.open(root);

        List<GroupListing> listed = store.list(summarizer, "rules");

        assertThat(summarised).containsExactly(GROUP.value());
        assertThat(((GroupListing.Listed) listed.get(0)).summary().openWarnings()).isZero();
        summarised.clear();
        assertThat(store.list(summarizer, "rules")).isEqualTo(listed);
        assertThat(summarised).isEmpty();
    }

    @Test
    void givenAVersion1Document_whenChanged_thenRewrittenInVersion2WithItsLoginCheckAndAcknowledgements()
            throws IOException {
        FileGroupStore store = StoreFixtures.open(root);
        new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Namur"));
        assertThat(((GroupListing.Listed) store.list(summarizer, "rules").get(0)).summary().openWarnings()).isOne();

        new GroupUpdates(store).update(GROUP, fresh -> {
            AcknowledgementOutcome.Accepted accepted = (AcknowledgementOutcome.Accepted) fresh.setup().acknowledge(
                    "city.postal-code-mismatch", FieldKey.CITY, "Le siège est à Namur", RULES, SampleGroups.TECHNICIAN,
                    SampleGroups.T0.plusSeconds(600));
            return new GroupUpdate.Decision.Apply<>(accepted.setup(), new HistoryEntry(SampleGroups.T0.plusSeconds(600),
                    SampleGroups.TECHNICIAN, 0, HistoryKind.ACKNOWLEDGED, List.of(), List.of(), List.of(),
                    List.of(accepted.warning()), accepted.acknowledgement().reason()), "acknowledged");
        });

        JsonNode document = plain.readTree(Files.readString(StoreFixtures.document(root, GROUP)));
        assertThat(document.get("schemaVersion").intValue()).isEqualTo(2);
        assertThat(document.get("csamRecords").get(2).get("loginCheck").get("loginRecordedAt").asString())
                .isEqualTo("2026-11-26T09:15:31.123Z");
        assertThat(document.get("acknowledgements")).hasSize(1);
        assertThat(document.get("acknowledgements").get(0).get("readValues").get("city").asString()).isEqualTo("Namur");
        StoredGroup reloaded = StoreFixtures.open(root).load(GROUP).orElseThrow();
        assertThat(reloaded.revision()).isEqualTo(4);
        assertThat(reloaded.setup().openWarnings(RULES)).isEmpty();
        assertThat(((GroupListing.Listed) store.list(summarizer, "rules").get(0)).summary().openWarnings()).isZero();
        HistoryEntry last = store.history(GROUP).get(3);
        assertThat(last.kind()).isEqualTo(HistoryKind.ACKNOWLEDGED);
        assertThat(last.findings()).extracting(Finding::code).containsExactly("city.postal-code-mismatch");
    }

    private static StepRecord principal(GroupSetup setup) {
        return setup.procedure().records().stream().filter(r -> r.step() == CsamStep.PRINCIPAL_ACCESS_MANAGER)
                .findFirst().orElseThrow();
    }
}
