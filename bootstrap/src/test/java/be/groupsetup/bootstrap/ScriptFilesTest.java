package be.groupsetup.bootstrap;

import be.groupsetup.adapters.cli.ShellSession;
import be.groupsetup.adapters.cli.file.InputFiles;
import be.groupsetup.adapters.cli.runner.GroupsetupRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static be.groupsetup.bootstrap.ApplicationClassPath.javaCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code groupsetup @FILE} by what the file turns out to be (issue 11, item 4; docs/rules.md §5.5): a regular file, a
 * pipe or FIFO ({@code @<(generate)} names {@code /dev/fd/N}, a pipe) and {@code @-} (standard input) are read, up
 * to 1 MiB counted while reading; a device such as {@code /dev/zero}, a folder or a socket is refused at once with
 * exit 2 and one line. Also {@code --output /} through the real runner: exit 2, not a defect.
 */
@SpringBootTest(properties = {"groupsetup.shell.autorun=false", "groupsetup.technician=tech-scripts"})
@DirtiesContext
class ScriptFilesTest {

    @TempDir
    static Path data;

    @TempDir
    Path folder;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("groupsetup.data-dir", () -> data.resolve("data").toString());
    }

    @Autowired
    private GroupsetupRunner runner;

    @Autowired
    private ShellSession session;

    record Result(int exit, String out, String err) {
    }

    @AfterEach
    void standardInputBack() {
        session.useStandardInput(() -> System.in);
    }

    private Result run(String... words) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = runner.run(words, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    /** Exit 2, nothing on standard output, one line naming the file and saying what is expected; no stack trace. */
    private static void assertRefusedInOneLine(Result result, String what) {
        assertThat(result.exit()).as("%s", result).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString().startsWith("Error: ").contains(what)
                .contains("Expected: a file of commands, a pipe, or - for the standard input");
        assertThat(result.err()).doesNotContainPattern("\\b[A-Z]\\w*(Exception|Error)\\b");
    }

    private static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeThat(false).as("mkfifo: %s", e.getMessage()).isTrue();
            throw e;
        }
        assumeThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo works").isTrue();
        return path;
    }

    /** Writes to the FIFO on a thread of its own (opening it waits for the reader); a reader that stops is fine. */
    private static Thread writer(Path fifo, byte[] content, boolean forever) {
        Thread thread = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                do {
                    out.write(content);
                } while (forever);
            } catch (IOException e) {
                // the reader stopped reading
            }
        }, "fifo-writer");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Test
    void givenAScriptInAFifo_whenRun_thenItsCommandsRun() throws Exception {
        Path fifo = fifo(folder.resolve("script.fifo"));
        Thread writer = writer(fifo, "group new 94500001\ngroup show 94500001001\n".getBytes(StandardCharsets.UTF_8),
                false);

        Result result = run("@" + fifo);

        assertThat(result.exit()).as("%s", result).isZero();
        assertThat(result.out()).contains("Group 94500001001: stored (revision 1).");
        writer.join(10_000);
    }

    @Test
    void givenAScriptOnStandardInput_whenRunAsAtDash_thenItsCommandsRun() {
        session.useStandardInput(() -> new ByteArrayInputStream("group new 94500002\n".getBytes(StandardCharsets.UTF_8)));

        Result result = run("@-");

        assertThat(result.exit()).as("%s", result).isZero();
        assertThat(result.out()).contains("Group 94500002001: stored (revision 1).");
    }

    @Test
    void givenASymbolicLinkToAScript_whenRun_thenFollowed() throws IOException {
        Path script = Files.writeString(folder.resolve("script.txt"), "group new 94500003\n");
        Path link = folder.resolve("link.txt");
        try {
            Files.createSymbolicLink(link, script);
        } catch (UnsupportedOperationException e) {
            assumeThat(false).as("symbolic links").isTrue();
        }

        assertThat(run("@" + link).exit()).isZero();
    }

    @Test
    void givenDevZero_whenRunAsAScript_thenRefusedAtOnceWithExit2() {
        assumeThat(Path.of("/dev/zero")).exists();

        Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("@/dev/zero"));

        assertRefusedInOneLine(result, "/dev/zero is a device");
    }

    @Test
    void givenAFolder_whenRunAsAScript_thenRefusedWithExit2() {
        assertRefusedInOneLine(run("@" + folder), folder + " is a folder");
    }

    @Test
    void givenASocket_whenRunAsAScript_thenRefusedWithExit2() throws IOException {
        Path path = folder.resolve("script.sock");
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(path));

            assertRefusedInOneLine(run("@" + path), path + " is a socket");
        } catch (UnsupportedOperationException e) {
            assumeThat(false).as("Unix domain sockets").isTrue();
        }
    }

    @Test
    void givenAScriptLargerThan1MiB_whenRun_thenRefusedBeforeAnyCommandRuns() throws IOException {
        Path script = folder.resolve("big.txt");
        Files.writeString(script, "group new 94500004\n");
        try (RandomAccessFile file = new RandomAccessFile(script.toFile(), "rw")) {
            file.setLength(InputFiles.SCRIPT_LIMIT + 1L);
        }

        assertRefusedInOneLine(run("@" + script), script + " holds more than 1 MiB");
        assertThat(run("group", "show", "94500004001").exit()).isEqualTo(1);
    }

    @Test
    void givenAStandardInputWithoutEnd_whenRunAsAtDash_thenRefusedOnceTheLimitIsPassed() {
        AtomicLong served = new AtomicLong();
        session.useStandardInput(() -> new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return '#';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) '#');
                served.addAndGet(length);
                return length;
            }
        });

        Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("@-"));

        assertRefusedInOneLine(result, "- holds more than 1 MiB");
        assertThat(served.get()).isLessThan(InputFiles.SCRIPT_LIMIT + 128L * 1024);
    }

    @Test
    void givenAFifoWithoutEnd_whenRunAsAScript_thenRefusedOnceTheLimitIsPassed() throws Exception {
        Path fifo = fifo(folder.resolve("endless.fifo"));
        Thread writer = writer(fifo, "# a comment line\n".repeat(1000).getBytes(StandardCharsets.UTF_8), true);

        Result result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("@" + fifo));

        assertRefusedInOneLine(result, fifo + " holds more than 1 MiB");
        writer.join(10_000);
    }

    @Test
    void givenAScriptThatIsNotUtf8_whenRun_thenExit2InOneLine() throws IOException {
        Path script = Files.write(folder.resolve("latin1.txt"), new byte[]{'g', 'r', (byte) 0xE9, (byte) 0xFF, '\n'});

        Result result = run("@" + script);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString().contains(script.toString()).contains("UTF-8");
    }

    @Test
    void givenANameThatCannotBeAPathOrNoName_whenRunAsAScript_thenExit2InOneLineNotADefect() {
        Result nul = run("@script\u0000.txt");
        Result empty = run("@");

        assertRefusedInOneLine(nul, "script\\u0000.txt");
        assertThat(nul.err()).doesNotContain("\u0000");
        assertRefusedInOneLine(empty, "The file name is empty");
    }

    @Test
    void givenTheRootFolderAsOutput_whenRunThroughTheRunner_thenExit2InOneLineNotADefect() {
        run("group", "new", "94500005");

        Result result = run("group", "sheet", "94500005001", "--output", "/");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).first().asString().startsWith("Error: / is a folder. Expected: ");
        assertThat(result.err()).doesNotContain("NullPointer").doesNotContain("defect");
    }

    /**
     * {@code groupsetup @<(printf …)} in bash: the script is a pipe named {@code /dev/fd/63}. A child JVM on the
     * application's classpath, as GroupsetupProcessTest starts one.
     */
    @Test
    void givenAScriptFromProcessSubstitution_whenRunByBash_thenItsCommandsRun() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeThat(Files.isExecutable(bash)).as("bash").isTrue();
        Path home = Files.createDirectory(folder.resolve("home"));
        List<String> java = javaCommand("-Duser.home=" + home,
                "-Dgroupsetup.data-dir=" + folder.resolve("child-data"), "-Dgroupsetup.technician=tech-bash");
        List<String> command = new ArrayList<>(List.of(bash.toString(), "-c",
                "exec \"$@\" @<(printf 'group new 94500006\\ngroup list\\n')", "bash"));
        command.addAll(java);
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("GROUPSETUP_DATA_DIR");
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("groupsetup @<(…) did not end");
        }

        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(stdout + Files.readString(err, StandardCharsets.UTF_8)).isZero();
        assertThat(stdout).contains("Group 94500006001: stored (revision 1).").contains("94500006001  ");
    }
}
