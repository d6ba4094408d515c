package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.application.error.StorageException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.AsynchronousCloseException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises the changes of every process and thread on one data directory: a lock inside this JVM (an OS
 * file lock is per process) and an exclusive OS lock on the directory's lock file. Waiting is bounded: past the
 * timeout the change fails with {@code storage.locked}, never hangs.
 */
final class StoreLock {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    /** Closes a waiting lock's channel at its deadline; one daemon thread for the whole process. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "groupsetup-lock-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final Path lockFile;
    private final DataDirectory directory;
    private final Duration timeout;

    StoreLock(DataDirectory directory, Path lockFile, Duration timeout) {
        this.directory = directory;
        this.lockFile = lockFile;
        this.timeout = timeout;
    }

    /** Holds the lock until closed. */
    Held acquire() {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile, path -> new ReentrantLock(true));
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!local.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw locked(null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw locked(e);
        }
        FileChannel channel = null;
        try {
            channel = directory.openReadWrite(lockFile);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                lock = waitFor(channel, deadline);
            }
            return new Held(local, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            local.unlock();
            throw new StorageException("storage.io", e, lockFile, DataDirectory.describe(e));
        } catch (RuntimeException e) {
            closeQuietly(channel);
            local.unlock();
            throw e;
        }
    }

    /**
     * Waits for the OS lock in a blocking call (woken as soon as the holder releases it, so that a process which
     * saves without pause cannot starve a waiting one), bounded by a watchdog that closes the channel at the
     * deadline. A lock obtained just as the watchdog fired is given up: the channel is closed, so is the lock.
     */
    private FileLock waitFor(FileChannel channel, long deadline) throws IOException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw locked(null);
        }
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> closeQuietly(channel), remaining, TimeUnit.NANOSECONDS);
        try {
            FileLock lock = channel.lock();
            if (!watchdog.cancel(false)) {
                throw locked(null);
            }
            return lock;
        } catch (AsynchronousCloseException e) {
            throw locked(e);
        }
    }

    private StorageException locked(Exception cause) {
        return new StorageException("storage.locked", cause, lockFile, timeout.toSeconds());
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing releases the OS lock; nothing more to do
            }
        }
    }

    /** The lock, held: close to release it. Made by {@link #acquire} only. */
    record Held(ReentrantLock local, FileChannel channel, FileLock lock) implements AutoCloseable {

        @Override
        public void close() {
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel's close below releases it too
            } finally {
                closeQuietly(channel);
                local.unlock();
            }
        }
    }
}
