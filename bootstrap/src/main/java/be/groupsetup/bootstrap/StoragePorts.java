package be.groupsetup.bootstrap;

import be.groupsetup.application.port.out.CreateGroupPort;
import be.groupsetup.application.port.out.DeleteGroupPort;
import be.groupsetup.application.port.out.GroupHistoryPort;
import be.groupsetup.application.port.out.ListGroupsPort;
import be.groupsetup.application.port.out.LoadGroupPort;
import be.groupsetup.application.port.out.RenameGroupPort;
import be.groupsetup.application.port.out.TransferGroupPort;
import be.groupsetup.application.port.out.UpdateGroupPort;

/**
 * The storage ports of the configured store, as one bean: the services are wired on it, whichever store
 * {@code groupsetup.storage} chose. One bean rather than eight port-typed injection points, because each type
 * looked up is a walk over every bean definition of the context — time a one-shot command pays at every start.
 */
record StoragePorts(LoadGroupPort load, CreateGroupPort create, UpdateGroupPort update, RenameGroupPort rename,
                    DeleteGroupPort delete, ListGroupsPort list, GroupHistoryPort history, TransferGroupPort transfer) {

    static <T extends LoadGroupPort & CreateGroupPort & UpdateGroupPort & RenameGroupPort & DeleteGroupPort
            & ListGroupsPort & GroupHistoryPort & TransferGroupPort> StoragePorts of(T store) {
        return new StoragePorts(store, store, store, store, store, store, store, store);
    }
}
