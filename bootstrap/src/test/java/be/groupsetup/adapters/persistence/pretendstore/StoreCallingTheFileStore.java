package be.groupsetup.adapters.persistence.pretendstore;

import be.groupsetup.adapters.persistence.file.FileGroupStore;

/** A store that breaks the rules on purpose, for {@code ArchitectureRulesCatchTest}: it uses the file store. */
public final class StoreCallingTheFileStore {

    private final FileGroupStore store;

    public StoreCallingTheFileStore(FileGroupStore store) {
        this.store = store;
    }

    @Override
    public String toString() {
        return String.valueOf(store);
    }
}
