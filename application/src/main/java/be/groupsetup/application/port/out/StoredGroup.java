package be.groupsetup.application.port.out;

import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.Objects;

/** A group as a store holds it: its set-up and the revision of that state (1 at creation, +1 per change). */
public record StoredGroup(GroupSetup setup, long revision) {

    public StoredGroup {
        Objects.requireNonNull(setup, "setup");
        if (revision < 1) {
            throw new IllegalArgumentException("revisions start at 1");
        }
    }

    public GroupNumber groupNumber() {
        return setup.groupNumber();
    }
}
