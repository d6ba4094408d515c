package be.groupsetup.application.testing;

import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.ListGroupsPort;
import be.groupsetup.application.port.out.TransferGroupPort;
import be.groupsetup.application.service.GroupUpdates;

/**
 * The ports a store offers, as the contract test uses them: its groups, its list, its transfer. Changes go through
 * the application's update protocol ({@link #updates()}), as they do in the running application.
 */
public record StoreUnderTest(GroupStore groups, ListGroupsPort list, TransferGroupPort transfer) {

    /** For a store whose one class implements every port. */
    public static <T extends GroupStore & ListGroupsPort & TransferGroupPort> StoreUnderTest of(T store) {
        return new StoreUnderTest(store, store, store);
    }

    /** Load, decide, save-if-revision, retried on a conflict: the protocol every change of the application follows. */
    public GroupUpdates updates() {
        return new GroupUpdates(groups);
    }
}
