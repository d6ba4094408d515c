package be.groupsetup.adapters.persistence.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link StoreChild} in its own JVM (the test's own java and class path), its stdout read line by line as it
 * comes, its stderr kept in a file for the failure message. Killing it ({@link #kill()}) is SIGKILL on Linux, and
 * every line it printed before it died is still read.
 */
final class ChildJvm implements AutoCloseable {

    private static final AtomicInteger STARTED = new AtomicInteger();
    private static final String END = "\u0000end";

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> incoming = new LinkedBlockingQueue<>();
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.reader = new Thread(this::read, "child-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code StoreChild <args>}; stderr goes to a file under {@code logs}. */
    static ChildJvm start(Path logs, String... args) {
        return startWrapped(logs, List.of(), args);
    }

    /**
     * Starts {@code StoreChild <args>} behind a command prefix, e.g. {@code bash -c 'ulimit -f 4; exec "$@"' --}
     * to give the child a resource limit.
     */
    static ChildJvm startWrapped(Path logs, List<String> prefix, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a small, quick-starting JVM: the children do little work and start often
        command.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-XX:-UsePerfData", "-Dfile.encoding=UTF-8"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StoreChild.class.getName()));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(logs);
            Path stderr = logs.resolve("child-" + STARTED.incrementAndGet() + ".stderr");
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            return new ChildJvm(process, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                incoming.add(line);
            }
        } catch (IOException e) {
            // the stream ends with the process
        } finally {
            incoming.add(END);
        }
    }

    /** The next line printed, waiting at most {@code timeoutSeconds}; fails if the child ends or is silent. */
    String nextLine(long timeoutSeconds) {
        try {
            String line = incoming.poll(timeoutSeconds, TimeUnit.SECONDS);
            if (line == null || line.equals(END)) {
                incoming.add(END);
                throw new AssertionError((line == null ? "the child printed nothing for " + timeoutSeconds + " s"
                        : "the child ended") + describe());
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Skips lines until one equals {@code expected}. */
    void awaitLine(String expected, long timeoutSeconds) {
        while (!nextLine(timeoutSeconds).equals(expected)) {
            // skip
        }
    }

    void send(String line) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SIGKILL, then every line it printed before it died. Through the process handle: {@code
     * Process.destroyForcibly()} sends the same signal but also closes our end of the child's stdout, which drops
     * the lines still in the pipe, so the parent would think the child had reached less far than it had.
     */
    List<String> kill() {
        process.toHandle().destroyForcibly();
        return finish(30);
    }

    /** Waits for the end of the process and of its output; every line it printed. */
    List<String> finish(long timeoutSeconds) {
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the child did not end within " + timeoutSeconds + " s" + describe());
            }
            reader.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    int exitCode() {
        return process.exitValue();
    }

    String describe() {
        String errors;
        try {
            errors = Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            errors = "(stderr unreadable: " + e + ")";
        }
        return "\n--- child " + process.pid() + (process.isAlive() ? " (alive)" : " (exit " + process.exitValue() + ")")
                + ", last lines: " + tail() + "\n--- its stderr:\n" + errors;
    }

    private List<String> tail() {
        synchronized (lines) {
            return List.copyOf(lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
