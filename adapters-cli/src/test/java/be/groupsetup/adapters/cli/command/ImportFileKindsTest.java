package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.InMemoryArchiveCodec;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.adapters.cli.SpecialFiles;
import be.groupsetup.adapters.cli.file.InputFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code group import FILE} by what the file turns out to be (issue 11, item 4; docs/rules.md §5.5): a regular file, a
 * FIFO (what {@code <(generate)} names) and {@code -} are read, up to 16 MiB counted while reading; a device such as
 * {@code /dev/zero}, a folder or a socket is refused at once with exit 2, and nothing is stored.
 */
class ImportFileKindsTest {

    private final InMemoryArchiveCodec codec = new InMemoryArchiveCodec();
    private final ShellFixture here = ShellFixture.sharingExportsWith(codec);
    private final ShellFixture colleague = ShellFixture.sharingExportsWith(codec);

    @TempDir
    Path folder;

    @AfterEach
    void standardInputBack() {
        colleague.session.useStandardInput(() -> System.in);
    }

    /** An export of a group, as text. */
    private byte[] export() {
        here.withGroup();
        Run run = here.run("group export", GROUP);
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        return (run.out()).getBytes(StandardCharsets.UTF_8);
    }

    private String refusal(String key, Object... arguments) {
        return colleague.messages().text("error.prefix") + " " + colleague.messages().text(key, arguments);
    }

    private String expected() {
        return colleague.messages().text("file.expected.import");
    }

    private void assertUsageErrorAndNothingStored(Run run, String line) {
        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(line);
        assertThat(colleague.run("group list", "--format", "json").json().get("groups")).isEmpty();
    }

    private void assertImported(Run run) {
        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly(colleague.messages().text("import.done", GROUP, 2));
    }

    @Test
    void givenAFifo_whenImported_thenReadLikeAFile() throws Exception {
        byte[] export = export();
        Path fifo = SpecialFiles.fifo(folder.resolve("export.fifo"));
        CompletableFuture<Void> writer = SpecialFiles.writeInBackground(fifo, export);

        assertImported(colleague.run("group import", fifo.toString()));
        writer.get(30, TimeUnit.SECONDS);
    }

    @Test
    void givenADash_whenImported_thenTheStandardInputIsRead() {
        byte[] export = export();
        colleague.session.useStandardInput(() -> new ByteArrayInputStream(export));

        assertImported(colleague.run("group import", "-"));
    }

    @Test
    void givenASymbolicLinkToAnExport_whenImported_thenFollowed() throws IOException {
        Path file = Files.write(folder.resolve("export.json"), export());
        Path link = folder.resolve("link.json");
        try {
            Files.createSymbolicLink(link, file);
        } catch (UnsupportedOperationException e) {
            org.assertj.core.api.Assumptions.assumeThat(false).as("symbolic links").isTrue();
        }

        assertImported(colleague.run("group import", link.toString()));
    }

    @Test
    void givenDevZero_whenImported_thenRefusedAtOnceWithExit2() {
        Path devZero = SpecialFiles.device("/dev/zero");

        Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> colleague.run("group import", "/dev/zero"));

        assertUsageErrorAndNothingStored(run, refusal("file.device", devZero, expected()));
    }

    @Test
    void givenAFolder_whenImported_thenRefusedWithExit2() {
        assertUsageErrorAndNothingStored(colleague.run("group import", folder.toString()),
                refusal("file.directory", folder, expected()));
    }

    @Test
    void givenASocket_whenImported_thenRefusedWithExit2() throws IOException {
        Path path = folder.resolve("export.sock");
        try (ServerSocketChannel socket = SpecialFiles.socket(path)) {
            assertThat(socket.isOpen()).isTrue();
            assertUsageErrorAndNothingStored(colleague.run("group import", path.toString()),
                    refusal("file.socket", path, expected()));
        }
    }

    @Test
    void givenARegularFileLargerThanTheLimit_whenImported_thenRefusedWithoutReadingIt() throws IOException {
        Path big = folder.resolve("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(InputFiles.IMPORT_LIMIT + 1L);
        }

        assertUsageErrorAndNothingStored(colleague.run("group import", big.toString()),
                refusal("file.too-big", big, expected(), 16));
    }

    @Test
    void givenAStandardInputWithoutEnd_whenImported_thenRefusedOnceTheLimitIsPassed() {
        AtomicLong served = new AtomicLong();
        colleague.session.useStandardInput(() -> new EndlessZeros(served));

        Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> colleague.run("group import", "-"));

        assertUsageErrorAndNothingStored(run, refusal("file.too-big", "-", expected(), 16));
        // read in chunks up to the limit, then stopped: never everything first
        assertThat(served.get()).isBetween((long) InputFiles.IMPORT_LIMIT, InputFiles.IMPORT_LIMIT + 128L * 1024);
    }

    @Test
    void givenAFifoWithoutEnd_whenImported_thenRefusedOnceTheLimitIsPassed() throws Exception {
        Path fifo = SpecialFiles.fifo(folder.resolve("endless.fifo"));
        CompletableFuture<Void> writer = SpecialFiles.writeForeverInBackground(fifo);

        Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> colleague.run("group import", fifo.toString()));

        assertUsageErrorAndNothingStored(run, refusal("file.too-big", fifo, expected(), 16));
        writer.get(30, TimeUnit.SECONDS);
    }

    @Test
    void givenANameThatCannotBeAPath_whenImported_thenRefusedWithExit2() {
        assertUsageErrorAndNothingStored(colleague.run("group import", "export\u0000.json"),
                refusal("file.invalid-name", "export\u0000.json", expected()));
    }

    /** Zeros for ever, counting what was served. */
    private static final class EndlessZeros extends InputStream {

        private final AtomicLong served;

        EndlessZeros(AtomicLong served) {
            this.served = served;
        }

        @Override
        public int read() {
            served.incrementAndGet();
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 0);
            served.addAndGet(length);
            return length;
        }
    }
}
