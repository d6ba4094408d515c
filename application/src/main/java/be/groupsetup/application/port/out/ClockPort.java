package be.groupsetup.application.port.out;

import java.time.Instant;

/** The time changes are stamped with. */
public interface ClockPort {

    Instant now();
}
