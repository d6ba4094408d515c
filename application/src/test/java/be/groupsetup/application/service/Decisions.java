package be.groupsetup.application.service;

import be.groupsetup.application.port.out.GroupChange;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.SaveResult;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.when;

/**
 * What a service asked a mocked store to save: the store holds the fresh state of the test's choice, and records
 * each change saved (compare-and-swap on that state's revision, as a real store does).
 */
final class Decisions {

    private final List<GroupChange> saved = new ArrayList<>();

    /** The mocked store holds {@code fresh}; saves of changes decided on it are recorded and succeed. */
    void storeHolds(GroupStore store, StoredGroup fresh) {
        when(store.load(fresh.groupNumber())).thenReturn(Optional.of(fresh));
        lenient().when(store.save(any())).thenAnswer(invocation -> record(fresh, invocation.getArgument(0)));
    }

    /** Likewise for a rename from {@code fresh}'s number to {@code to} (free). */
    void renameFrom(GroupStore store, StoredGroup fresh, GroupNumber to) {
        when(store.load(fresh.groupNumber())).thenReturn(Optional.of(fresh));
        lenient().when(store.load(to)).thenReturn(Optional.empty());
        lenient().when(store.rename(eq(fresh.groupNumber()), any()))
                .thenAnswer(invocation -> record(fresh, invocation.getArgument(1)));
    }

    private SaveResult record(StoredGroup fresh, GroupChange change) {
        assertThat(change.readRevision()).isEqualTo(fresh.revision());
        saved.add(change);
        return SaveResult.saved(change.revision());
    }

    /** The one change saved. */
    GroupChange theWrite() {
        assertThat(saved).hasSize(1);
        return saved.get(0);
    }

    void assertNothingWritten() {
        assertThat(saved).isEmpty();
    }
}
