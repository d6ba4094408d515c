package be.groupsetup.application.service;

import be.groupsetup.application.error.RefusedException;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.setup.TechnicianName;

import java.time.Instant;

/**
 * Who makes a change and when, for its history entry: the time from the clock, the technician as the port gives it (a
 * setting, else the OS user's name) checked by the rule of every text the tool takes in before anything is stored
 * under it (docs/rules.md §4.3): a name that is blank, too long or holds a character that can act refuses the command,
 * whatever validated the setting before. The services that change a group share it.
 */
final class Stamps {

    private final ClockPort clock;
    private final CurrentTechnicianPort technician;

    Stamps(ClockPort clock, CurrentTechnicianPort technician) {
        this.clock = clock;
        this.technician = technician;
    }

    /**
     * Taken once, before a change is decided: a decision decided again on a conflict keeps it.
     *
     * @throws RefusedException with {@code technician.*} findings
     */
    Stamp take() {
        Instant now = clock.now();
        Parsed<String> name = TechnicianName.parse(technician.technician());
        if (!name.isAccepted()) {
            throw new RefusedException(name.findings());
        }
        return new Stamp(name.value(), now);
    }

    /** @param who the name to store (blanks trimmed and collapsed, a TAB read as a blank) */
    record Stamp(String who, Instant when) {
    }
}
