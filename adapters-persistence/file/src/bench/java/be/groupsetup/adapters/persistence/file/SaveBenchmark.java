package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.domain.field.FieldKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;

/**
 * One save: {@code FileGroupStore.update} of one group with every field and CSAM step filled, changing one field —
 * lock, read and reconcile, history line appended and forced, document written to a temporary file, forced,
 * moved over the old one, folder forced. Measured as {@link FileStoreBenchmark} says. Run with
 * scripts/bench-save.sh (never part of the tests).
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SaveBenchmark extends FileStoreBenchmark {

    /** History entries the group has when each iteration starts (a group worked on for some weeks). */
    @Param("50")
    public int history;

    private long counter;

    @Setup(Level.Iteration)
    public void storeAGroup() throws IOException {
        // a new directory per iteration, so the history (which every change reads back) does not grow without end
        storeAFullGroup();
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
        removeTheDirectory();
    }
}
