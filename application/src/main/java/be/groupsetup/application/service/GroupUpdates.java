package be.groupsetup.application.service;

import be.groupsetup.application.error.DamagedGroupException;
import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.error.StorageException;
import be.groupsetup.application.port.out.GroupChange;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.SaveResult;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The update protocol, written once for every store: load the group, decide on what was loaded, and — unless the
 * decision is to keep it — save with the revision read (compare-and-swap). When another change was stored in
 * between, the save is refused, the group is loaded again and the change decided again on that fresh state: two
 * technicians changing one group both keep their change (docs/rules.md §6), and a decision is never applied to a state it
 * was not taken on.
 * <p>
 * After a lost attempt it pauses a random while (up to 1, 2, 4, … {@value #MAX_PAUSE_MILLIS} ms) before loading
 * again. Without it, a process that saves back to back would win every time: it loads right after its own save,
 * while the loser loads during that process's next save and is stale again. A random pause lands the loser's load
 * after the other's save often enough (estimated: one try in three or better against a process saving back to
 * back on the build machine), whatever the store.
 * At most {@value #ATTEMPTS} attempts, so that a change is never retried forever; then it is given up with nothing
 * written ({@code storage.busy}, exit 3).
 */
public final class GroupUpdates {

    /** Attempts before a change is given up: with one try in three won, losing them all is about one in 10^11. */
    public static final int ATTEMPTS = 64;
    static final long MAX_PAUSE_MILLIS = 16;

    private final GroupStore store;

    public GroupUpdates(GroupStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Applies {@code update} to the group as stored.
     *
     * @throws GroupNotFoundException when there is no such group
     * @throws IllegalArgumentException when a decision gives the set-up another number (that is a rename)
     */
    public <R> UpdateResult<R> update(GroupNumber number, GroupUpdate<R> update) {
        return run(number, number, update, store::save);
    }

    /**
     * Applies {@code update} to group {@code from} and moves it, with its history, to {@code to}: the decision's
     * set-up carries the new number.
     *
     * @throws GroupNotFoundException      when there is no group {@code from}
     * @throws GroupAlreadyExistsException when {@code to} is taken (a damaged entry counts as taken)
     */
    public <R> UpdateResult<R> rename(GroupNumber from, GroupNumber to, GroupUpdate<R> update) {
        if (taken(to)) {
            throw new GroupAlreadyExistsException(to.value());
        }
        return run(from, to, update, change -> store.rename(from, change));
    }

    private <R> UpdateResult<R> run(GroupNumber number, GroupNumber savedAs, GroupUpdate<R> update,
                                    Function<GroupChange, SaveResult> save) {
        for (int attempt = 1; ; attempt++) {
            StoredGroup fresh = store.load(number).orElseThrow(() -> new GroupNotFoundException(number.value()));
            GroupUpdate.Decision<R> decision = update.decide(fresh);
            if (!(decision instanceof GroupUpdate.Decision.Apply<R> apply)) {
                return new UpdateResult<>(decision.result(), fresh.revision(), false);
            }
            if (!apply.setup().groupNumber().equals(savedAs)) {
                throw new IllegalArgumentException(number.equals(savedAs)
                        ? "an update cannot change the group number: rename it"
                        : "a rename must give the set-up its new number");
            }
            GroupChange change = GroupChange.after(fresh, apply.setup(), apply.entry());
            if (save.apply(change).saved()) {
                return new UpdateResult<>(apply.result(), change.revision(), true);
            }
            if (attempt == ATTEMPTS) {
                throw new StorageException("storage.busy", null, number.value(), ATTEMPTS);
            }
            pause(number, attempt);
        }
    }

    private static void pause(GroupNumber number, int attempt) {
        long bound = Math.min(1L << Math.min(attempt - 1, 4), MAX_PAUSE_MILLIS);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("storage.busy", e, number.value(), attempt);
        }
    }

    private boolean taken(GroupNumber number) {
        try {
            return store.load(number).isPresent();
        } catch (DamagedGroupException e) {
            return true;
        }
    }
}
