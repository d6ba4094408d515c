package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.application.error.SettingException;
import be.groupsetup.application.port.out.Storage;
import be.groupsetup.application.port.out.StoreProvider;
import be.groupsetup.application.port.out.StoreSettings;
import be.groupsetup.persistence.document.JsonDocuments;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The file store in the registry: {@code groupsetup.storage=file}, the default. Its groups live in the data
 * directory of {@code groupsetup.data-dir} (created 0700, or checked and never changed: {@link DataDirectory}).
 */
public final class FileStoreProvider implements StoreProvider {

    static final String NAME = "file";
    static final String DATA_DIR = "groupsetup.data-dir";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isDefault() {
        return true;
    }

    @Override
    public Storage open(StoreSettings settings) {
        String dataDir = settings.get(DATA_DIR).filter(value -> !value.isBlank())
                .orElseThrow(() -> new SettingException("settings.data-dir-empty", null));
        Path configured = Path.of(dataDir);
        return new FileGroupStore(DataDirectory.open(configured), new JsonDocuments(), settings.lockTimeout(),
                Clock.systemUTC(), NAME + ", " + configured);
    }
}
