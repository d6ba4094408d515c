package be.groupsetup.application.testing;

import be.groupsetup.application.port.out.ClockPort;

import java.time.Duration;
import java.time.Instant;

/** A clock for tests: a fixed start, moved on by hand or by one second at each reading. */
public class FixedClock implements ClockPort {

    private Instant now;
    private final Duration tick;

    public FixedClock(Instant start, Duration tick) {
        this.now = start;
        this.tick = tick;
    }

    public static FixedClock at(String isoInstant) {
        return new FixedClock(Instant.parse(isoInstant), Duration.ZERO);
    }

    @Override
    public synchronized Instant now() {
        Instant current = now;
        now = now.plus(tick);
        return current;
    }
}
