package be.groupsetup.domain.property;

import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * One generated case of a property: the input with what is needed to find it again (the base seed, the
 * property's name and the case's index). {@link #verify} turns any failure, an assertion or an exception
 * thrown by the code under test, into an assertion error whose message starts with the seed and the input.
 */
public record Case<T>(String property, long seed, int index, T input) {

    private static final int NAME_LIMIT = 120;
    private static final int MESSAGE_LIMIT = 300;

    /** Short and printable, for the test's display name (reports choke on control characters). */
    public String name() {
        return property + " #" + index + " [seed " + seed + "]: " + Show.escaped(input, NAME_LIMIT);
    }

    /** What a failure message starts with: how to run the case again, and the input. */
    public String describe() {
        return "property " + property + ", case #" + index + ", seed " + seed
                + " (replay: -D" + Seeds.SEED_PROPERTY + "=" + seed + ")"
                + System.lineSeparator() + "input: " + Show.escaped(input, MESSAGE_LIMIT);
    }

    public void verify(ThrowingConsumer<T> property) {
        try {
            property.accept(input);
        } catch (Throwable failure) {
            throw new AssertionError(describe() + System.lineSeparator() + failure, failure);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
