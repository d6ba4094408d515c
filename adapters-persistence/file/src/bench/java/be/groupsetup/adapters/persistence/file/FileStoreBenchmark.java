package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.testing.SampleGroups;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;

/**
 * What the file store's benchmarks share (JMH reads a benchmark's class annotations from its superclasses too): how
 * they are measured — sample mode, whose median is the {@code p0.50} line — and a temporary data directory holding
 * one group with every field and CSAM step filled. Each benchmark says when the directory is made and removed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public abstract class FileStoreBenchmark {

    protected Path root;
    protected FileGroupStore store;

    /** A new data directory (java.io.tmpdir) holding {@link StoreFixtures#GROUP}, every field and step filled. */
    protected void storeAFullGroup() throws IOException {
        root = Files.createTempDirectory("groupsetup-bench-");
        store = StoreFixtures.open(root);
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
    }

    protected void removeTheDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
