package be.groupsetup.application.service;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.setup.GroupSetup;

import java.util.Objects;

/**
 * What a use case wants done to a group, as a decision on the state it is given. {@link GroupUpdates} calls
 * {@link #decide} with the group as stored and saves what it says only if the group is still at that revision;
 * otherwise it reloads and calls it again. A decision must therefore be a pure function of the state it is given
 * (the services take the clock and the technician's name before).
 *
 * @param <R> what the caller learns from the decision
 */
@FunctionalInterface
public interface GroupUpdate<R> {

    Decision<R> decide(StoredGroup fresh);

    /** What to do with the fresh state. */
    sealed interface Decision<R> {

        R result();

        /** Store {@code setup} as the next revision and append {@code entry} (its revision set by {@link GroupUpdates}). */
        record Apply<R>(GroupSetup setup, HistoryEntry entry, R result) implements Decision<R> {
            public Apply {
                Objects.requireNonNull(setup, "setup");
                Objects.requireNonNull(entry, "entry");
            }
        }

        /** Write nothing (the change was refused, or changes nothing). */
        record Keep<R>(R result) implements Decision<R> {
        }
    }
}
