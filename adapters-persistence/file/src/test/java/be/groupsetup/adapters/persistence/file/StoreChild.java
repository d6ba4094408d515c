package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.service.GroupUpdates;
import be.groupsetup.application.error.StorageException;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.service.UpdateResult;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.value.GroupNumber;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The other process of the multi-process tests, started by {@link ChildJvm}. Every line it prints is flushed at
 * once, so that a parent that kills it knows what it had reached. Modes:
 * <ul>
 *     <li>{@code loop <data-dir> <field>}: changes {@code field} of {@link StoreFixtures#GROUP} forever, printing
 *     {@code BEFORE <revision>} under the lock (inside {@code decide}) and {@code ACK <revision>} once
 *     {@code update} has returned; the value written at revision r is {@link #crashValue(long)}.</li>
 *     <li>{@code count <data-dir> <field> <n> [<pause-micros>]}: sets {@code field} to
 *     {@link #countValue(FieldKey, int)} for i = 1..n, printing {@code ACK <field> <i> <revision>} for each;
 *     pausing up to {@code pause-micros} between two changes, as a person would.</li>
 *     <li>{@code once <data-dir> <field> <value>}: one change; prints {@code ACK <revision>} or
 *     {@code FAILED <code>} (exit 2).</li>
 *     <li>{@code rename <data-dir> <from> <to>}: one rename; prints {@code ACK <revision>} or
 *     {@code FAILED <code>} (exit 2).</li>
 *     <li>{@code hold-lock <lock-file>}: takes the OS lock on the file, prints {@code LOCKED}, keeps it until a
 *     line (or the end) arrives on stdin, then prints {@code RELEASED}.</li>
 * </ul>
 */
public final class StoreChild {

    /** Straight to the file descriptor: one write per line, nothing left in a buffer when the process dies. */
    private static final FileOutputStream OUT = new FileOutputStream(FileDescriptor.out);

    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "loop" -> loop(Path.of(args[1]), field(args[2]));
            case "count" -> count(Path.of(args[1]), field(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? Long.parseLong(args[4]) : 0);
            case "once" -> once(Path.of(args[1]), field(args[2]), args[3]);
            case "rename" -> rename(Path.of(args[1]), new GroupNumber(args[2]), new GroupNumber(args[3]));
            case "hold-lock" -> holdLock(Path.of(args[1]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /** The value the crash loop writes at a revision: a reader can tell which revision it holds. */
    static String crashValue(long revision) {
        return "Ville n° " + revision;
    }

    /** The value the two-process test writes in its i-th change of a field. */
    static String countValue(FieldKey field, int i) {
        return (field == FieldKey.STREET ? "Rue de l’Évêché " : "Liège ") + i;
    }

    private static void loop(Path root, FieldKey field) {
        FileGroupStore store = StoreFixtures.open(root, Duration.ofSeconds(30));
        say("OPEN");
        while (true) {
            UpdateResult<String> result = new GroupUpdates(store).update(StoreFixtures.GROUP, fresh -> {
                long next = fresh.revision() + 1;
                say("BEFORE " + next);
                return StoreFixtures.set(field, crashValue(next)).decide(fresh);
            });
            say("ACK " + result.revision());
        }
    }

    private static void count(Path root, FieldKey field, int n, long pauseMicros) {
        FileGroupStore store = StoreFixtures.open(root, Duration.ofSeconds(60));
        Random random = new Random(field.ordinal());
        for (int i = 1; i <= n; i++) {
            if (pauseMicros > 0) {
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextLong(pauseMicros + 1)));
            }
            UpdateResult<String> result = new GroupUpdates(store).update(StoreFixtures.GROUP, StoreFixtures.set(field, countValue(field, i)));
            if (!result.written()) {
                throw new IllegalStateException("change " + i + " was not written");
            }
            say("ACK " + field.key() + " " + i + " " + result.revision());
        }
    }

    private static void once(Path root, FieldKey field, String value) {
        FileGroupStore store = StoreFixtures.open(root, Duration.ofSeconds(10));
        try {
            StoredGroup before = store.load(StoreFixtures.GROUP).orElseThrow();
            say("LOADED " + before.revision());
            say("ACK " + new GroupUpdates(store).update(StoreFixtures.GROUP, StoreFixtures.set(field, value)).revision());
        } catch (StorageException e) {
            say("FAILED " + e.code());
            System.exit(2);
        }
    }

    private static void rename(Path root, GroupNumber from, GroupNumber to) {
        FileGroupStore store = StoreFixtures.open(root, Duration.ofSeconds(10));
        try {
            say("ACK " + new GroupUpdates(store).rename(from, to, StoreFixtures.renameTo(to)).revision());
        } catch (StorageException e) {
            say("FAILED " + e.code());
            System.exit(2);
        }
    }

    private static void holdLock(Path lockFile) throws Exception {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            say("LOCKED");
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        say("RELEASED");
    }

    private static FieldKey field(String key) {
        return FieldKey.fromKey(key).orElseThrow(() -> new IllegalArgumentException("unknown field " + key));
    }

    private static void say(String line) {
        try {
            OUT.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
