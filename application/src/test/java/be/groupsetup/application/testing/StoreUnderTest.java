package be.groupsetup.application.testing;

import be.groupsetup.application.port.out.CreateGroupPort;
import be.groupsetup.application.port.out.DeleteGroupPort;
import be.groupsetup.application.port.out.GroupHistoryPort;
import be.groupsetup.application.port.out.ListGroupsPort;
import be.groupsetup.application.port.out.LoadGroupPort;
import be.groupsetup.application.port.out.RenameGroupPort;
import be.groupsetup.application.port.out.TransferGroupPort;
import be.groupsetup.application.port.out.UpdateGroupPort;

/** The storage ports an adapter offers, as the contract test uses them. */
public record StoreUnderTest(LoadGroupPort load, CreateGroupPort create, UpdateGroupPort update,
                             RenameGroupPort rename, DeleteGroupPort delete, ListGroupsPort list,
                             GroupHistoryPort history, TransferGroupPort transfer) {

    /** For an adapter whose one class implements every port. */
    public static <T extends LoadGroupPort & CreateGroupPort & UpdateGroupPort & RenameGroupPort & DeleteGroupPort
            & ListGroupsPort & GroupHistoryPort & TransferGroupPort> StoreUnderTest of(T store) {
        return new StoreUnderTest(store, store, store, store, store, store, store, store);
    }
}
