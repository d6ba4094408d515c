package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.testing.SampleGroups;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;

/**
 * Loading one document with every field and CSAM step filled: from the file ({@code FileGroupStore.load}: read,
 * parse, map to the domain) and from bytes already in memory (JSON and mapping only). Sample mode: the median is
 * the {@code p0.50} line. Run with bench/jmh.sh (never part of the tests).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class LoadBenchmark {

    private Path root;
    private FileGroupStore store;
    private JsonDocuments json;
    private byte[] document;

    @Setup
    public void storeAGroup() throws IOException {
        root = Files.createTempDirectory("groupsetup-bench-");
        store = StoreFixtures.open(root);
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        json = new JsonDocuments();
        document = Files.readAllBytes(root.resolve("groups").resolve(GROUP.value() + ".json"));
    }

    @TearDown
    public void removeTheDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
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
