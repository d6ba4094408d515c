package be.groupsetup.adapters.persistence.pretendstore;

import be.groupsetup.adapters.persistence.file.DataDirectory;

/** A store that breaks the rules on purpose, for {@code ArchitectureRulesCatchTest}: it uses the file store's class. */
public final class StoreCallingTheFileStore {

    private final DataDirectory directory;

    public StoreCallingTheFileStore(DataDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String toString() {
        return String.valueOf(directory);
    }
}
