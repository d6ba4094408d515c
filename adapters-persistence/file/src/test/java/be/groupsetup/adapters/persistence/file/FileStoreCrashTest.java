package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.persistence.document.DocumentException;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM changes one group in a loop and is killed with SIGKILL at random moments; after each kill the
 * store must hold the last acknowledged revision or the one that was being written, whole, with a history that
 * agrees. The child prints {@code BEFORE r} under the lock before it writes revision r and {@code ACK r} once
 * the store has returned, so the parent knows whether a write was in flight when the kill landed.
 * <p>
 * {@code -Dgroupsetup.crash.kills=1000} runs more kills (scripts/crash-test.sh); {@code -Dgroupsetup.seed=…}
 * replays the kill moments of a failed run (the seed is in the failure message).
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "SIGKILL through Process.destroyForcibly is a POSIX behaviour")
class FileStoreCrashTest {

    private static final FieldKey FIELD = FieldKey.CITY;
    /** A kill lands at most this long after the child acknowledged its first change (a few changes' time). */
    private static final long MAX_DELAY_MICROS = 20_000;

    @TempDir
    Path temporary;

    private final JsonDocuments json = new JsonDocuments();
    /** What the last child printed, for the failure message. */
    private List<String> lastPrinted = List.of();

    @Test
    void givenAChildKilledAtRandomMomentsWhileChangingAGroup_whenReopened_thenTheGroupIsWholeAtAnAcknowledgedOrInFlightRevisionAndItsHistoryAgrees()
            throws IOException {
        long seed = Long.getLong("groupsetup.seed", new SecureRandom().nextLong());
        int kills = Integer.getInteger("groupsetup.crash.kills", 8);
        Random random = new Random(seed);
        Path root = temporary.resolve("data");
        Path logs = temporary.resolve("logs");
        StoreFixtures.open(root).create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        Stats stats = new Stats();
        long started = System.nanoTime();
        long committed = 1;
        int kill = 0;
        try {
            for (kill = 1; kill <= kills; kill++) {
                committed = killOnce(root, logs, random, committed, stats);
            }
            checkHistoryFileIsWellFormedAfterTheNextChange(root, committed);
        } catch (AssertionError e) {
            throw new AssertionError("crash test failed at kill " + kill + " with seed " + seed
                    + " (replay: -Dgroupsetup.seed=" + seed + " -Dgroupsetup.crash.kills=" + kills + "): "
                    + e.getMessage() + "\nthe last child printed: " + lastPrinted, e);
        }

        System.out.printf("FileStoreCrashTest: seed=%d kills=%d mid-write=%d (in-flight revision found stored: %d,"
                        + " rolled back: %d) aimed-at-start=%d temp-files-left=%d torn-history-lines=%d"
                        + " history-lines-beyond-document=%d final-revision=%d first-change=%dms elapsed=%ds%n",
                seed, kills, stats.midWrite, stats.inFlightStored, stats.midWrite - stats.inFlightStored,
                stats.aimedAtStart, stats.temporaryLeft, stats.tornHistory, stats.historyBeyond, committed + 1,
                stats.firstChangeMicros() / 1000,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        assertThat(stats.kills).isEqualTo(kills);
    }

    /** One child run, killed; returns the revision found stored afterwards. */
    private long killOnce(Path root, Path logs, Random random, long committed, Stats stats) throws IOException {
        List<String> printed;
        try (ChildJvm child = ChildJvm.start(logs, "loop", root.toString(), FIELD.key())) {
            child.awaitLine("OPEN", 60);
            long opened = System.nanoTime();
            if (random.nextInt(5) == 0) {
                // aimed at the start: recovery of what the last kill left, and the first (cold) change
                stats.aimedAtStart++;
                pause(random.nextLong(stats.firstChangeMicros() + 1));
            } else {
                // once the child runs warm: anywhere in the next few changes
                child.awaitLine("ACK " + (committed + 1), 60);
                stats.firstChangeTook(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - opened));
                pause(random.nextLong(MAX_DELAY_MICROS + 1));
            }
            printed = child.kill();
        }
        stats.kills++;
        lastPrinted = printed;

        // what the child had reached when it died
        long acknowledged = committed;
        Long inFlight = null;
        for (String line : printed) {
            if (line.startsWith("BEFORE ")) {
                long revision = Long.parseLong(line.substring(7));
                assertThat(inFlight).as("a write began before the previous one was acknowledged").isNull();
                assertThat(revision).as("a change is decided on the freshest revision").isEqualTo(acknowledged + 1);
                inFlight = revision;
            } else if (line.startsWith("ACK ")) {
                assertThat(Long.parseLong(line.substring(4))).isEqualTo(inFlight);
                acknowledged = inFlight;
                inFlight = null;
            }
        }
        if (inFlight != null) {
            stats.midWrite++;
        }
        observeLeftovers(root, stats);

        // what a fresh store finds
        FileGroupStore reopened = StoreFixtures.open(root);
        StoredGroup stored = reopened.load(GROUP).orElseThrow();
        long revision = stored.revision();
        List<Long> allowed = inFlight == null ? List.of(acknowledged) : List.of(acknowledged, inFlight);
        assertThat(revision).as("the stored revision after the kill").isIn(allowed);
        if (inFlight != null && revision == inFlight) {
            stats.inFlightStored++;
        }
        assertThat(stored.setup().configuration().value(FIELD).orElse(null))
                .as("the content of revision %d", revision).isEqualTo(valueAt(revision));
        List<HistoryEntry> history = reopened.history(GROUP);
        assertThat(history).extracting(HistoryEntry::revision).as("the history's revisions")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, revision).boxed().toList());
        for (HistoryEntry entry : history.subList(1, history.size())) {
            long r = entry.revision();
            assertThat(entry.fieldChanges()).as("the change of revision %d", r)
                    .containsExactly(new FieldChange(FIELD, valueAt(r - 1), valueAt(r)));
        }
        return revision;
    }

    /** Counts what the kill left for the next change to clean up (the next child run cleans it). */
    private void observeLeftovers(Path root, Stats stats) throws IOException {
        Path groups = StoreFixtures.groups(root);
        List<Path> temporaries;
        try (Stream<Path> files = Files.list(groups)) {
            temporaries = files.filter(f -> f.getFileName().toString().startsWith(DataDirectory.TEMPORARY_PREFIX))
                    .toList();
        }
        if (!temporaries.isEmpty()) {
            stats.temporaryLeft++;
        }
        if (DataDirectory.open(root).hasPosixPermissions()) {
            for (Path leftover : temporaries) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(leftover)))
                        .as("a temporary file caught in flight").isEqualTo("rw-------");
            }
        }
        byte[] history = Files.readAllBytes(StoreFixtures.history(root, GROUP));
        if (history.length > 0 && history[history.length - 1] != '\n') {
            stats.tornHistory++;
        }
        long documentRevision;
        try {
            documentRevision = json.readGroup(Files.readAllBytes(StoreFixtures.document(root, GROUP))).revision();
        } catch (DocumentException e) {
            throw new AssertionError("the document is damaged after the kill: " + e.reason(), e);
        }
        for (String line : completeLines(history)) {
            if (readLine(line).revision() > documentRevision) {
                stats.historyBeyond++;
            }
        }
    }

    private void checkHistoryFileIsWellFormedAfterTheNextChange(Path root, long committed) throws IOException {
        FileGroupStore store = StoreFixtures.open(root);
        long next = new GroupUpdates(store).update(GROUP, StoreFixtures.set(FIELD, valueAt(committed + 1))).revision();
        assertThat(next).isEqualTo(committed + 1);

        byte[] history = Files.readAllBytes(StoreFixtures.history(root, GROUP));
        assertThat(history[history.length - 1]).as("the history ends with a whole line").isEqualTo((byte) '\n');
        List<Long> revisions = completeLines(history).stream().map(line -> readLine(line).revision()).toList();
        assertThat(revisions).containsExactlyElementsOf(LongStream.rangeClosed(1, next).boxed().toList());
        try (Stream<Path> files = Files.list(StoreFixtures.groups(root))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(DataDirectory.TEMPORARY_PREFIX));
        }
    }

    private static String valueAt(long revision) {
        return revision == 1 ? null : StoreChild.crashValue(revision);
    }

    private static List<String> completeLines(byte[] content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                lines.add(new String(content, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return lines;
    }

    private HistoryEntry readLine(String line) {
        try {
            return json.readLine(line);
        } catch (DocumentException e) {
            throw new AssertionError("a complete history line is unreadable: " + e.reason(), e);
        }
    }

    private static void pause(long micros) {
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(micros));
    }

    private static final class Stats {
        int kills;
        int midWrite;
        int inFlightStored;
        int aimedAtStart;
        int temporaryLeft;
        int tornHistory;
        int historyBeyond;
        private long firstChangeMicrosTotal;
        private int firstChanges;

        void firstChangeTook(long micros) {
            firstChangeMicrosTotal += micros;
            firstChanges++;
        }

        /** How long a child takes from opening the store to its first acknowledged change, on average. */
        long firstChangeMicros() {
            return firstChanges == 0 ? 100_000 : firstChangeMicrosTotal / firstChanges;
        }
    }
}
