package be.groupsetup.bootstrap;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static be.groupsetup.bootstrap.ApplicationClassPath.javaCommand;

/**
 * groupsetup in a child JVM, set up the way a technician sets it up: the settings in the environment
 * ({@code GROUPSETUP_DATA_DIR}, {@code GROUPSETUP_TECHNICIAN}, {@code GROUPSETUP_STORAGE},
 * {@code SPRING_DATASOURCE_*}) and none inherited from the machine running the tests; an empty home and working
 * directory of its own. For the dashboard's browser test: one-shot commands, and {@code serve} running until it is
 * stopped.
 */
final class GroupsetupChild {

    /** A guard against a hung child, not a measure of speed: a start takes seconds on a busy two-core machine. */
    private static final Duration START = Duration.ofMinutes(3);

    private GroupsetupChild() {
    }

    record Outcome(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    /** A data directory as groupsetup wants it: readable by its owner only (mode 700). */
    static Path dataDirectory(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        return folder;
    }

    /** {@code groupsetup WORDS…}, to its end. */
    static Outcome oneShot(Path folder, Map<String, String> environment, String... words)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path out = Files.createTempFile(folder, "stdout", ".txt");
        Path err = Files.createTempFile(folder, "stderr", ".txt");
        Process process = builder(folder, environment, words).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!process.waitFor(START.toMinutes(), TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("groupsetup " + String.join(" ", words) + " did not end");
        }
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** {@code groupsetup serve}, started: {@link Serve#awaitAddress()} waits for the address it prints. */
    static Serve serve(Path folder, Map<String, String> environment) throws IOException {
        Files.createDirectories(folder);
        Path out = folder.resolve("serve-stdout.txt");
        Path err = folder.resolve("serve-stderr.txt");
        Process process = builder(folder, environment, "serve").redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        return new Serve(process, out, err);
    }

    private static ProcessBuilder builder(Path folder, Map<String, String> environment, String... words)
            throws IOException {
        Path home = Files.createDirectories(folder.resolve("home"));
        Path workingDirectory = Files.createDirectories(folder.resolve("cwd"));
        List<String> command = new ArrayList<>(javaCommand("-Duser.home=" + home));
        command.addAll(List.of(words));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.startsWith("GROUPSETUP_") || name.startsWith("SPRING_")
                || name.startsWith("LOGGING_"));
        builder.environment().putAll(environment);
        return builder;
    }

    /** A running {@code groupsetup serve}. */
    static final class Serve implements AutoCloseable {

        private final Process process;
        private final Path out;
        private final Path err;
        private URI address;

        private Serve(Process process, Path out, Path err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        /** Waits for the one line {@code serve} prints: the address to open, with its token. */
        Serve awaitAddress() throws IOException, InterruptedException {
            Instant end = Instant.now().plus(START);
            while (Instant.now().isBefore(end)) {
                String printed = Files.readString(out, StandardCharsets.UTF_8);
                if (printed.endsWith("\n")) {
                    List<String> lines = printed.lines().toList();
                    if (lines.size() != 1) {
                        throw new AssertionError("serve printed more than its address: " + printed);
                    }
                    address = URI.create(lines.get(0));
                    return this;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("serve ended with exit " + process.exitValue() + " before printing its"
                            + " address:\n" + printed + stderr());
                }
                Thread.sleep(100);
            }
            throw new AssertionError("serve printed no address in " + START + ":\n" + stderr());
        }

        /** What serve printed, {@code http://127.0.0.1:PORT/?token=…}. */
        URI address() {
            return address;
        }

        int port() {
            return address.getPort();
        }

        String token() {
            return address.getQuery().substring("token=".length());
        }

        /** {@code http://127.0.0.1:PORT}, without the token. */
        String base() {
            return address.getScheme() + "://" + address.getHost() + ":" + address.getPort();
        }

        String stdout() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8);
        }

        String stderr() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }

        boolean isAlive() {
            return process.isAlive();
        }

        /** SIGTERM, as a service manager or {@code kill} sends it; the exit status, or an error if it hangs. */
        int terminate(Duration within) throws InterruptedException {
            process.destroy();
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("serve did not end within " + within + " of SIGTERM");
            }
            return process.exitValue();
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
