package be.groupsetup.application.port.out;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.domain.setup.GroupSetup;

import java.util.Objects;

/**
 * A change to apply to the freshest stored state of a group. The store calls {@link #decide} while it holds
 * the group's lock, with the state as stored at that moment (never an older read), and writes what the
 * decision says: so two processes never lose each other's changes.
 *
 * @param <R> what the caller learns from the decision
 */
@FunctionalInterface
public interface GroupUpdate<R> {

    Decision<R> decide(StoredGroup fresh);

    /** What to do with the fresh state. */
    sealed interface Decision<R> {

        R result();

        /** Store {@code setup} as the next revision and append {@code entry} (its revision set by the store). */
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
