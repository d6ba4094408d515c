package be.groupsetup.application.service;

import be.groupsetup.application.error.RefusedException;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.setup.TechnicianName;

/**
 * The technician a change is attributed to, as the port gives it (a setting, else the OS user's name), checked by the
 * rule of every text the tool takes in before anything is stored under it (SPEC §1.2): a name that is blank, too long
 * or holds a character that can act refuses the command, whatever validated the setting before.
 */
final class Technicians {

    private Technicians() {
    }

    /**
     * @return the name to store (blanks trimmed and collapsed, a TAB read as a blank)
     * @throws RefusedException with {@code technician.*} findings
     */
    static String current(CurrentTechnicianPort port) {
        Parsed<String> name = TechnicianName.parse(port.technician());
        if (!name.isAccepted()) {
            throw new RefusedException(name.findings());
        }
        return name.value();
    }
}
