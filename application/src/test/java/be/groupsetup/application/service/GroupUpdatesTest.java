package be.groupsetup.application.service;

import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.error.StorageException;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.GroupChange;
import be.groupsetup.application.port.out.SaveResult;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The update protocol's own edges: the bound on attempts, the revision it counts, a rename onto a taken number. */
class GroupUpdatesTest {

    private static final GroupNumber GROUP = SampleGroups.number("94123456001");
    private static final GroupNumber OTHER = SampleGroups.number("94654321001");

    /** A store in which another process stores a change before every save of this one. */
    private static final class AlwaysOvertaken extends InMemoryGroupStore {
        final AtomicInteger saves = new AtomicInteger();

        @Override
        public synchronized SaveResult save(GroupChange change) {
            saves.incrementAndGet();
            StoredGroup stored = load(change.groupNumber()).orElseThrow();
            HistoryEntry entry = SampleGroups.fieldSet(FieldKey.STREET, null, "Rue " + saves.get());
            super.save(GroupChange.after(stored, stored.setup(), entry));
            return super.save(change);
        }
    }

    @Test
    void givenAGroupChangedBeforeEverySave_whenUpdating_thenGivenUpAfterTheBoundWithNothingOfItStored() {
        AlwaysOvertaken store = new AlwaysOvertaken();
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

        assertThatThrownBy(() -> new GroupUpdates(store).update(GROUP, set("Namur")))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.code()).isEqualTo("storage.busy");
                    assertThat(e.arguments()).containsExactly(GROUP.value(), String.valueOf(GroupUpdates.ATTEMPTS));
                });
        assertThat(store.saves).hasValue(GroupUpdates.ATTEMPTS);
        assertThat(store.load(GROUP).orElseThrow().setup().configuration().value(FieldKey.CITY)).isEmpty();
        assertThat(store.history(GROUP)).hasSize(1 + GroupUpdates.ATTEMPTS);
    }

    @Test
    void givenAGroupOvertakenOnce_whenUpdating_thenSavedAtTheRevisionAfterTheOtherChange() {
        AtomicInteger overtaken = new AtomicInteger();
        InMemoryGroupStore store = new InMemoryGroupStore() {
            @Override
            public synchronized SaveResult save(GroupChange change) {
                if (overtaken.getAndIncrement() == 0) {
                    StoredGroup stored = load(change.groupNumber()).orElseThrow();
                    super.save(GroupChange.after(stored, stored.setup(),
                            SampleGroups.fieldSet(FieldKey.STREET, null, "Rue de Fer 1")));
                }
                return super.save(change);
            }
        };
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

        UpdateResult<String> result = new GroupUpdates(store).update(GROUP, set("Namur"));

        assertThat(result).isEqualTo(new UpdateResult<>("applied", 3, true));
        assertThat(store.history(GROUP)).extracting(HistoryEntry::revision).containsExactly(1L, 2L, 3L);
    }

    @Test
    void givenATakenNewNumber_whenRenaming_thenRefusedBeforeAnythingIsDecided() {
        InMemoryGroupStore store = new InMemoryGroupStore();
        store.create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        store.create(SampleGroups.emptySetup(OTHER), SampleGroups.created(OTHER));
        AtomicInteger decided = new AtomicInteger();

        assertThatThrownBy(() -> new GroupUpdates(store).rename(GROUP, OTHER, fresh -> {
            decided.incrementAndGet();
            return new GroupUpdate.Decision.Keep<>("kept");
        })).isInstanceOf(GroupAlreadyExistsException.class);
        assertThat(decided).hasValue(0);
    }

    private static GroupUpdate<String> set(String city) {
        return fresh -> {
            var accepted = (be.groupsetup.domain.configuration.ChangeOutcome.Accepted) fresh.setup().configuration()
                    .change(java.util.Map.of(FieldKey.CITY, city), SampleGroups.rules());
            return new GroupUpdate.Decision.Apply<>(fresh.setup().with(accepted.configuration()),
                    SampleGroups.fieldSet(FieldKey.CITY, null, city), "applied");
        };
    }
}
