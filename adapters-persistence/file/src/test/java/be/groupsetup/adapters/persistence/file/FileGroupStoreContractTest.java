package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.testing.GroupStoreContractTest;
import be.groupsetup.application.testing.StoreUnderTest;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The file store keeps the storage contract. */
class FileGroupStoreContractTest extends GroupStoreContractTest {

    @TempDir
    Path temporary;
    private int stores;
    /** The data directory of the test's main store (an export test opens a second one). */
    private Path firstRoot;

    @Override
    protected StoreUnderTest newStore() {
        Path root = temporary.resolve("data-" + (++stores));
        if (stores == 1) {
            firstRoot = root;
        }
        return StoreUnderTest.of(new FileGroupStore(DataDirectory.open(root), new JsonDocuments(),
                Duration.ofSeconds(10), Clock.systemUTC()));
    }

    @Override
    protected void damage(GroupNumber number) {
        try {
            Files.writeString(firstRoot.resolve("groups").resolve(number.value() + ".json"), "{\"schemaVersion\": 1, \"revi",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
