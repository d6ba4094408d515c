package be.groupsetup.application;

import be.groupsetup.application.error.DamagedGroupException;
import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.service.GroupUpdate;
import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.application.service.GroupUpdate.Decision;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.service.UpdateResult;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class InMemoryGroupStoreTest {

    private static final GroupNumber FIRST = new GroupNumber("94111111001");
    private static final GroupNumber SECOND = new GroupNumber("94222222001");
    private static final GroupNumber THIRD = new GroupNumber("94333333001");
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final Function<StoredGroup, GroupSummary> SUMMARY = stored -> new GroupSummary(
            stored.groupNumber(), stored.setup().configuration().value(FieldKey.COMPANY_NAME).orElse(null),
            false, 0, false, 0, stored.revision(), null, null);

    private final InMemoryGroupStore store = new InMemoryGroupStore();
    private final GroupUpdates updates = new GroupUpdates(store);

    private static GroupSetup setup(GroupNumber number, Object... keysAndValues) {
        Map<FieldKey, String> values = new java.util.EnumMap<>(FieldKey.class);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((FieldKey) keysAndValues[i], (String) keysAndValues[i + 1]);
        }
        return GroupSetup.start(GroupConfiguration.reconstitute(number, values));
    }

    private static HistoryEntry entry(HistoryKind kind, long revision) {
        return new HistoryEntry(T0.plusSeconds(revision), "tech", revision, kind, null, null, null, null, null);
    }

    private void givenCreated(GroupNumber number) {
        store.create(setup(number), entry(HistoryKind.CREATED, 0));
    }

    /** An update that stores {@code setup} and says so. */
    private static GroupUpdate<String> apply(GroupSetup setup, HistoryKind kind) {
        return fresh -> new Decision.Apply<>(setup, entry(kind, 99), "applied on r" + fresh.revision());
    }

    @Test
    void givenNewGroup_whenCreated_thenLoadedAtRevision1WithItsFirstEntryAtRevision1() {
        StoredGroup created = store.create(setup(FIRST, FieldKey.CITY, "Namur"), entry(HistoryKind.CREATED, 0));

        assertThat(created.revision()).isEqualTo(1);
        assertThat(store.load(FIRST)).contains(created);
        assertThat(store.history(FIRST)).extracting(HistoryEntry::kind, HistoryEntry::revision)
                .containsExactly(tuple(HistoryKind.CREATED, 1L));
    }

    @Test
    void givenNoSuchGroup_whenLoaded_thenEmptyAndItsHistoryEmpty() {
        assertThat(store.load(FIRST)).isEmpty();
        assertThat(store.history(FIRST)).isEmpty();
        assertThat(store.export(FIRST)).isEmpty();
    }

    @Test
    void givenExistingGroup_whenCreatedAgain_thenGroupAlreadyExistsAndTheFirstKept() {
        store.create(setup(FIRST, FieldKey.CITY, "Namur"), entry(HistoryKind.CREATED, 0));

        assertThatThrownBy(() -> store.create(setup(FIRST), entry(HistoryKind.CREATED, 0)))
                .isInstanceOf(GroupAlreadyExistsException.class);
        assertThat(store.load(FIRST).orElseThrow().setup().configuration().value(FieldKey.CITY)).contains("Namur");
        assertThat(store.history(FIRST)).hasSize(1);
    }

    @Test
    void givenApplyDecision_whenUpdated_thenNextRevisionStoredAndEntryAppendedAtThatRevision() {
        givenCreated(FIRST);

        UpdateResult<String> result = updates.update(FIRST, apply(setup(FIRST, FieldKey.CITY, "Namur"),
                HistoryKind.FIELDS_SET));

        assertThat(result).isEqualTo(new UpdateResult<>("applied on r1", 2, true));
        StoredGroup loaded = store.load(FIRST).orElseThrow();
        assertThat(loaded.revision()).isEqualTo(2);
        assertThat(loaded.setup().configuration().value(FieldKey.CITY)).contains("Namur");
        assertThat(store.history(FIRST)).extracting(HistoryEntry::kind, HistoryEntry::revision)
                .containsExactly(tuple(HistoryKind.CREATED, 1L), tuple(HistoryKind.FIELDS_SET, 2L));
    }

    @Test
    void givenSuccessiveUpdates_whenEachDecides_thenEachSeesTheStateTheOneBeforeWrote() {
        givenCreated(FIRST);
        List<StoredGroup> seen = new ArrayList<>();
        GroupUpdate<Void> appendX = fresh -> {
            seen.add(fresh);
            String street = fresh.setup().configuration().value(FieldKey.STREET).orElse("");
            return new Decision.Apply<>(setup(FIRST, FieldKey.STREET, street + "x"), entry(HistoryKind.FIELDS_SET, 0),
                    null);
        };

        updates.update(FIRST, appendX);
        updates.update(FIRST, appendX);
        updates.update(FIRST, appendX);

        assertThat(seen).extracting(StoredGroup::revision).containsExactly(1L, 2L, 3L);
        assertThat(store.load(FIRST).orElseThrow().setup().configuration().value(FieldKey.STREET)).contains("xxx");
        assertThat(store.history(FIRST)).extracting(HistoryEntry::revision).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void givenKeepDecision_whenUpdated_thenNothingWrittenAndRevisionUnchanged() {
        givenCreated(FIRST);
        StoredGroup before = store.load(FIRST).orElseThrow();

        UpdateResult<String> result = updates.update(FIRST, fresh -> new Decision.Keep<>("refused"));

        assertThat(result).isEqualTo(new UpdateResult<>("refused", 1, false));
        assertThat(store.load(FIRST)).contains(before);
        assertThat(store.history(FIRST)).hasSize(1);
    }

    @Test
    void givenMissingGroup_whenUpdated_thenGroupNotFound() {
        assertThatThrownBy(() -> updates.update(FIRST, fresh -> new Decision.Keep<>("x")))
                .isInstanceOf(GroupNotFoundException.class);
    }

    @Test
    void givenDecisionForAnotherNumber_whenUpdated_thenRefusedAndNothingWritten() {
        givenCreated(FIRST);

        assertThatThrownBy(() -> updates.update(FIRST, apply(setup(SECOND), HistoryKind.FIELDS_SET)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.load(FIRST).orElseThrow().revision()).isEqualTo(1);
        assertThat(store.load(SECOND)).isEmpty();
    }

    @Test
    void givenGroup_whenRenamed_thenMovedWithItsHistoryAndTheRenameEntryAppended() {
        givenCreated(FIRST);
        updates.update(FIRST, apply(setup(FIRST, FieldKey.CITY, "Namur"), HistoryKind.FIELDS_SET));

        UpdateResult<String> result = updates.rename(FIRST, SECOND,
                apply(setup(SECOND, FieldKey.CITY, "Namur"), HistoryKind.RENAMED));

        assertThat(result).isEqualTo(new UpdateResult<>("applied on r2", 3, true));
        assertThat(store.load(FIRST)).isEmpty();
        assertThat(store.history(FIRST)).isEmpty();
        StoredGroup renamed = store.load(SECOND).orElseThrow();
        assertThat(renamed.revision()).isEqualTo(3);
        assertThat(renamed.setup().configuration().value(FieldKey.CITY)).contains("Namur");
        assertThat(store.history(SECOND)).extracting(HistoryEntry::kind, HistoryEntry::revision).containsExactly(
                tuple(HistoryKind.CREATED, 1L), tuple(HistoryKind.FIELDS_SET, 2L), tuple(HistoryKind.RENAMED, 3L));
    }

    @Test
    void givenKeepDecision_whenRenamed_thenNothingMoved() {
        givenCreated(FIRST);

        UpdateResult<String> result = updates.rename(FIRST, SECOND, fresh -> new Decision.Keep<>("refused"));

        assertThat(result).isEqualTo(new UpdateResult<>("refused", 1, false));
        assertThat(store.load(FIRST)).isPresent();
        assertThat(store.load(SECOND)).isEmpty();
    }

    @Test
    void givenTakenNewNumber_whenRenamed_thenGroupAlreadyExistsAndNoDecisionAsked() {
        givenCreated(FIRST);
        givenCreated(SECOND);
        List<StoredGroup> asked = new ArrayList<>();

        assertThatThrownBy(() -> updates.rename(FIRST, SECOND, fresh -> {
            asked.add(fresh);
            return new Decision.Keep<>(null);
        })).isInstanceOf(GroupAlreadyExistsException.class);
        assertThat(asked).isEmpty();
        assertThat(store.load(FIRST)).isPresent();
    }

    @Test
    void givenMissingGroup_whenRenamed_thenGroupNotFound() {
        assertThatThrownBy(() -> updates.rename(FIRST, SECOND, fresh -> new Decision.Keep<>(null)))
                .isInstanceOf(GroupNotFoundException.class);
    }

    @Test
    void givenRenameDecisionKeepingTheOldNumber_whenRenamed_thenRefused() {
        givenCreated(FIRST);

        assertThatThrownBy(() -> updates.rename(FIRST, SECOND, apply(setup(FIRST), HistoryKind.RENAMED)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.load(FIRST)).isPresent();
        assertThat(store.load(SECOND)).isEmpty();
    }

    @Test
    void givenGroup_whenDeleted_thenGoneWithItsHistory() {
        givenCreated(FIRST);

        assertThat(store.delete(FIRST)).isTrue();

        assertThat(store.load(FIRST)).isEmpty();
        assertThat(store.history(FIRST)).isEmpty();
        assertThat(store.delete(FIRST)).isFalse();
        assertThat(store.movedAside()).isEmpty();
    }

    @Test
    void givenGroups_whenListed_thenSummarisedInNumberOrderWithTheDamagedOnes() {
        givenCreated(THIRD);
        store.create(setup(FIRST, FieldKey.COMPANY_NAME, "First SRL"), entry(HistoryKind.CREATED, 0));
        givenCreated(SECOND);
        store.damage(SECOND, "bad JSON");

        List<GroupListing> listing = store.list(SUMMARY, "any");

        assertThat(listing).extracting(GroupListing::key)
                .containsExactly("94111111001", "94222222001", "94333333001");
        assertThat(listing.get(0)).isEqualTo(new GroupListing.Listed(
                new GroupSummary(FIRST, "First SRL", false, 0, false, 0, 1, null, null)));
        assertThat(listing.get(1)).isInstanceOfSatisfying(GroupListing.Damaged.class, damaged -> {
            assertThat(damaged.reason()).isEqualTo("bad JSON");
            assertThat(damaged.location()).contains("94222222001");
        });
    }

    @Test
    void givenDamagedDocument_whenLoadedUpdatedOrExported_thenDamagedGroupWithItsReason() {
        givenCreated(FIRST);
        store.damage(FIRST, "unknown schemaVersion 9");

        assertThatThrownBy(() -> store.load(FIRST)).isInstanceOfSatisfying(DamagedGroupException.class, e -> {
            assertThat(e.reason()).isEqualTo("unknown schemaVersion 9");
            assertThat(e.location()).isEqualTo("memory:94111111001");
            assertThat(e.code()).isEqualTo("group-damaged");
            assertThat(e.isEnvironmentFailure()).isTrue();
        });
        assertThatThrownBy(() -> updates.update(FIRST, fresh -> new Decision.Keep<>(null)))
                .isInstanceOf(DamagedGroupException.class);
        assertThatThrownBy(() -> updates.rename(FIRST, SECOND, fresh -> new Decision.Keep<>(null)))
                .isInstanceOf(DamagedGroupException.class);
        assertThatThrownBy(() -> store.history(FIRST)).isInstanceOf(DamagedGroupException.class);
        assertThatThrownBy(() -> store.export(FIRST)).isInstanceOf(DamagedGroupException.class);
    }

    @Test
    void givenNumberTakenByDamagedDocument_whenCreatingOrRenamingToIt_thenGroupAlreadyExists() {
        store.damage(SECOND, "bad JSON");
        givenCreated(FIRST);

        assertThatThrownBy(() -> store.create(setup(SECOND), entry(HistoryKind.CREATED, 0)))
                .isInstanceOf(GroupAlreadyExistsException.class);
        assertThatThrownBy(() -> updates.rename(FIRST, SECOND, apply(setup(SECOND), HistoryKind.RENAMED)))
                .isInstanceOf(GroupAlreadyExistsException.class);
        assertThat(store.load(FIRST)).isPresent();
    }

    @Test
    void givenDamagedDocument_whenDeleted_thenMovedAsideNotDestroyed() {
        store.damage(FIRST, "bad JSON");

        assertThat(store.delete(FIRST)).isTrue();

        assertThat(store.movedAside()).containsExactly(FIRST);
        assertThat(store.load(FIRST)).isEmpty();
        assertThat(store.list(SUMMARY, "any")).isEmpty();
    }

    @Test
    void givenGroup_whenExported_thenItsStateAndWholeHistory() {
        givenCreated(FIRST);
        updates.update(FIRST, apply(setup(FIRST, FieldKey.CITY, "Namur"), HistoryKind.FIELDS_SET));

        GroupArchive archive = store.export(FIRST).orElseThrow();

        assertThat(archive.group()).isEqualTo(store.load(FIRST).orElseThrow());
        assertThat(archive.history()).isEqualTo(store.history(FIRST));
    }

    @Test
    void givenArchiveOfNewNumber_whenImported_thenStoredAsGivenAndNotReplaced() {
        StoredGroup group = new StoredGroup(setup(FIRST, FieldKey.CITY, "Namur"), 6);
        List<HistoryEntry> history = List.of(entry(HistoryKind.CREATED, 1), entry(HistoryKind.IMPORTED, 6));

        boolean replaced = store.importGroup(new GroupArchive(group, history), false);

        assertThat(replaced).isFalse();
        assertThat(store.load(FIRST)).contains(group);
        assertThat(store.history(FIRST)).isEqualTo(history);
    }

    @Test
    void givenImportedGroup_whenUpdated_thenItsHistoryContinues() {
        store.importGroup(new GroupArchive(new StoredGroup(setup(FIRST), 6),
                List.of(entry(HistoryKind.IMPORTED, 6))), false);

        updates.update(FIRST, apply(setup(FIRST, FieldKey.CITY, "Namur"), HistoryKind.FIELDS_SET));

        assertThat(store.history(FIRST)).extracting(HistoryEntry::revision).containsExactly(6L, 7L);
    }

    @Test
    void givenExistingGroup_whenImportedWithoutReplace_thenGroupAlreadyExistsAndKept() {
        store.create(setup(FIRST, FieldKey.CITY, "Namur"), entry(HistoryKind.CREATED, 0));

        assertThatThrownBy(() -> store.importGroup(new GroupArchive(new StoredGroup(setup(FIRST), 4), List.of()),
                false)).isInstanceOf(GroupAlreadyExistsException.class);
        assertThat(store.load(FIRST).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void givenExistingGroup_whenImportedWithReplace_thenReplacedWithTheArchivesHistory() {
        givenCreated(FIRST);
        List<HistoryEntry> history = List.of(entry(HistoryKind.IMPORTED, 4));

        boolean replaced = store.importGroup(new GroupArchive(new StoredGroup(setup(FIRST, FieldKey.CITY, "Mons"), 4),
                history), true);

        assertThat(replaced).isTrue();
        assertThat(store.load(FIRST).orElseThrow().revision()).isEqualTo(4);
        assertThat(store.history(FIRST)).isEqualTo(history);
        assertThat(store.movedAside()).isEmpty();
    }

    @Test
    void givenDamagedDocument_whenImportedWithoutReplace_thenGroupAlreadyExistsAndStillDamaged() {
        store.damage(FIRST, "bad JSON");

        assertThatThrownBy(() -> store.importGroup(new GroupArchive(new StoredGroup(setup(FIRST), 2), List.of()),
                false)).isInstanceOf(GroupAlreadyExistsException.class);
        assertThatThrownBy(() -> store.load(FIRST)).isInstanceOf(DamagedGroupException.class);
        assertThat(store.movedAside()).isEmpty();
    }

    @Test
    void givenDamagedDocument_whenImportedWithReplace_thenDamagedMovedAsideAndTheGroupReadable() {
        store.damage(FIRST, "bad JSON");

        boolean replaced = store.importGroup(new GroupArchive(new StoredGroup(setup(FIRST), 2), List.of()), true);

        assertThat(replaced).isTrue();
        assertThat(store.movedAside()).containsExactly(FIRST);
        assertThat(store.load(FIRST).orElseThrow().revision()).isEqualTo(2);
        assertThat(store.list(SUMMARY, "any")).singleElement().isInstanceOf(GroupListing.Listed.class);
    }
}
