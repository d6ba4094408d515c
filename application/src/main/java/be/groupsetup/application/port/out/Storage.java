package be.groupsetup.application.port.out;

/**
 * A store as a store module opens it ({@link StoreProvider}): the capabilities the application uses apart — its
 * groups ({@link GroupStore}), its list ({@link ListGroupsPort}), whole groups in and out ({@link TransferGroupPort})
 * — and how it names itself to the technician.
 */
public interface Storage extends GroupStore, ListGroupsPort, TransferGroupPort {

    /** The store as {@code version} shows it, e.g. its name and the folder it was given. */
    String describe();

    /** Where it keeps the groups, as messages show it (a folder, a database URL without its password). */
    String location();
}
