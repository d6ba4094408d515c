package be.groupsetup.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Real special files for the tests of {@code --output}, {@code group import} and {@code @FILE}: FIFOs made with
 * {@code mkfifo}, Unix domain sockets, the devices of {@code /dev}. A test that needs what the system lacks is
 * skipped (an assumption), not failed.
 */
public final class SpecialFiles {

    /** A thread of its own per background task: opening a FIFO blocks until the other end opens. */
    private static final java.util.concurrent.Executor OWN_THREAD = task -> {
        Thread thread = new Thread(task, "fifo-end");
        thread.setDaemon(true);
        thread.start();
    };

    private SpecialFiles() {
    }

    /** A FIFO at this path ({@code mkfifo}); skips the test where there is none. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeThat(false).as("mkfifo is not available: %s", e.getMessage()).isTrue();
            throw e;
        }
        assumeThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo works").isTrue();
        return path;
    }

    /** A Unix domain socket bound at this path; close the channel to end it. */
    public static ServerSocketChannel socket(Path path) throws IOException {
        try {
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(path));
            return channel;
        } catch (UnsupportedOperationException e) {
            assumeThat(false).as("no Unix domain sockets here").isTrue();
            throw e;
        }
    }

    /** A device of this system that must exist for the test (skipped otherwise). */
    public static Path device(String name) {
        Path device = Path.of(name);
        assumeThat(Files.exists(device) && !Files.isRegularFile(device) && !Files.isDirectory(device))
                .as("%s is a device here", name).isTrue();
        return device;
    }

    /** A block device of this system, if there is one we may see (a container often has none). */
    public static Path anyBlockDevice() throws IOException {
        assumeThat(Files.isDirectory(Path.of("/dev"))).isTrue();
        try (Stream<Path> devices = Files.list(Path.of("/dev"))) {
            Path found = devices.filter(SpecialFiles::isBlockDevice).findFirst().orElse(null);
            assumeThat(found).as("a block device in /dev").isNotNull();
            return found;
        }
    }

    private static boolean isBlockDevice(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            return mode instanceof Integer value && (value & 0170000) == 0060000;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads everything from a FIFO in the background (its writer's open waits for a reader). */
    public static CompletableFuture<byte[]> readInBackground(Path fifo) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, OWN_THREAD);
    }

    /** Writes to a FIFO in the background (its reader's open waits for a writer); a reader that stops is fine. */
    public static CompletableFuture<Void> writeInBackground(Path fifo, byte[] content) {
        return CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(content);
            } catch (IOException e) {
                // the reader stopped reading (a refused input): a broken pipe is expected then
            }
        }, OWN_THREAD);
    }

    /** Writes to a FIFO without end, until the reader goes away. */
    public static CompletableFuture<Void> writeForeverInBackground(Path fifo) {
        return CompletableFuture.runAsync(() -> {
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(fifo)) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the reader stopped: done
            }
        }, OWN_THREAD);
    }

    /** Whether the path is still a FIFO (or another special file), not a regular file put in its place. */
    public static boolean isSpecial(Path path) throws IOException {
        return Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class).isOther();
    }
}
