package be.groupsetup.application.service;

import be.groupsetup.application.port.out.GroupUpdate;
import be.groupsetup.application.port.out.GroupUpdate.Decision;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.port.out.UpdateResult;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service asked a mocked store to do: the test hands the service's update the fresh state of its choice
 * (as a real store does under its lock), records the decision, and answers as a store would.
 */
final class Decisions {

    private final List<Decision<?>> taken = new ArrayList<>();

    UpdateResult<Object> decideOn(StoredGroup fresh, GroupUpdate<?> update) {
        Decision<?> decision = update.decide(fresh);
        taken.add(decision);
        if (decision instanceof Decision.Apply<?> apply) {
            return new UpdateResult<>(apply.result(), fresh.revision() + 1, true);
        }
        return new UpdateResult<>(decision.result(), fresh.revision(), false);
    }

    /** The one decision taken, which must be a write. */
    Decision.Apply<?> theWrite() {
        assertThat(taken).hasSize(1);
        assertThat(taken.get(0)).isInstanceOf(Decision.Apply.class);
        return (Decision.Apply<?>) taken.get(0);
    }

    void assertNothingWritten() {
        assertThat(taken).hasSize(1);
        assertThat(taken.get(0)).isInstanceOf(Decision.Keep.class);
    }
}
