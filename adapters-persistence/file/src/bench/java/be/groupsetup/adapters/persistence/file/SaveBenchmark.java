package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.field.FieldKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
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
 * One save: {@code FileGroupStore.update} of one group with every field and CSAM step filled, changing one field —
 * lock, read and reconcile, history line appended and forced, document written to a temporary file, forced,
 * moved over the old one, folder forced. Sample mode: the median is the {@code p0.50} line. Run with
 * scripts/bench-save.sh (never part of the tests).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class SaveBenchmark {

    /** History entries the group has when each iteration starts (a group worked on for some weeks). */
    @Param("50")
    public int history;

    private Path root;
    private FileGroupStore store;
    private long counter;

    @Setup(Level.Iteration)
    public void storeAGroup() throws IOException {
        // a new directory per iteration, so the history (which every change reads back) does not grow without end
        root = Files.createTempDirectory("groupsetup-bench-");
        store = StoreFixtures.open(root);
        store.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        for (int i = 1; i < history; i++) {
            save();
        }
    }

    @Benchmark
    public long save() {
        return new GroupUpdates(store).update(GROUP, StoreFixtures.set(FieldKey.CITY, "Liège " + (++counter))).revision();
    }

    @TearDown(Level.Iteration)
    public void removeIt() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
