package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.application.service.UpdateResult;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process that saves back to back, without a pause, must not keep another process from saving: the waiting
 * change is woken when the lock is released, it does not have to find the lock free by chance.
 */
class FileStoreFairnessTest {

    @Test
    void givenAnotherProcessSavingWithoutPause_whenThisOneSaves_thenEachChangeGetsTheLockInTime(
            @TempDir Path root, @TempDir Path logs) {
        FileGroupStore mine = StoreFixtures.open(root, Duration.ofSeconds(10));
        mine.create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        try (ChildJvm busy = ChildJvm.start(logs, "loop", root.toString(), FieldKey.CITY.key())) {
            busy.awaitLine("OPEN", 60);
            while (!busy.nextLine(60).startsWith("ACK")) {
                // the other process is saving: now compete with it
            }

            for (int i = 1; i <= 20; i++) {
                String street = "Rue de la Loi " + i;
                UpdateResult<?> result = new GroupUpdates(mine).update(GROUP, StoreFixtures.set(FieldKey.STREET, street));

                assertThat(result.written()).as("change %d", i).isTrue();
                assertThat(mine.load(GROUP).orElseThrow().setup().configuration().value(FieldKey.STREET))
                        .contains(street);
            }
        }
    }
}
