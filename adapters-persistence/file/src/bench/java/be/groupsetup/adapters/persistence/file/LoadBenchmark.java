package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.document.JsonDocuments;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;

/**
 * Loading one document with every field and CSAM step filled: from the file ({@code FileGroupStore.load}: read,
 * parse, map to the domain) and from bytes already in memory (JSON and mapping only). Measured as
 * {@link FileStoreBenchmark} says. Run with bench/jmh.sh (never part of the tests).
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoadBenchmark extends FileStoreBenchmark {

    private JsonDocuments json;
    private byte[] document;

    @Setup
    public void storeAGroup() throws IOException {
        storeAFullGroup();
        json = new JsonDocuments();
        document = Files.readAllBytes(root.resolve("groups").resolve(GROUP.value() + ".json"));
    }

    @TearDown
    public void removeIt() throws IOException {
        removeTheDirectory();
    }

    @Benchmark
    public Object loadFromFile() {
        return store.load(GROUP);
    }

    @Benchmark
    public Object readDocumentBytes() throws Exception {
        return json.readGroup(document);
    }
}
