package be.groupsetup.application.service;

import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

/** How the queries read a group: as stored, with identity confirmations of earlier releases completed. */
final class StoredGroups {

    private StoredGroups() {
    }

    /** The stored group of a typed number; {@link GroupNotFoundException} when there is none. */
    static StoredGroup existing(GroupStore store, String typedNumber) {
        GroupNumber number = GroupNumbers.named(typedNumber);
        StoredGroup stored = store.load(number).orElseThrow(() -> new GroupNotFoundException(number.value()));
        GroupSetup setup = LegacyConfirmations.complete(stored.setup(), () -> store.history(number));
        return setup == stored.setup() ? stored : new StoredGroup(setup, stored.revision());
    }
}
