package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.adapters.cli.SpecialFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code --output} by what the name turns out to be (issue 11, item 3; docs/rules.md §5.5), with real files: a new or
 * regular file is replaced atomically; {@code -}, a FIFO, {@code /dev/null} are written as streams and never
 * replaced; a folder ({@code /} included), a socket, a block device or another device is a usage error (exit 2) that
 * leaves it untouched; a symbolic link is followed only to a stream; {@code /dev/full} fails as a full disk (exit 3).
 */
class OutputFileKindsTest {

    private final ShellFixture shell = ShellFixture.english();

    @TempDir
    Path folder;

    @BeforeEach
    void aCompleteGroup() {
        shell.withCompleteGroup();
    }

    private Run sheetTo(String output) {
        return shell.run("group sheet", GROUP, "--output", output);
    }

    private String refusal(String key, Object... arguments) {
        return shell.messages().text("error.prefix") + " " + shell.messages().text(key, arguments);
    }

    private String expected() {
        return shell.messages().text("file.expected.output");
    }

    /** Exit 2, nothing on standard output, and one line saying what is wrong and what is expected. */
    private void assertUsageError(Run run, String line) {
        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(line);
    }

    private List<Path> folderContent() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void givenADash_whenPrinted_thenTheSheetOnStandardOutputAndNoFileNamedDash() {
        Run run = sheetTo("-");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith(shell.messages().text("sheet.title", "Configuration", "Utilisateur", GROUP));
        assertThat(run.err()).isEmpty();
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void givenAnExistingFile_whenPrinted_thenReplacedByRenameNotRewrittenInPlace() throws IOException {
        Path file = Files.writeString(folder.resolve("sheet.txt"), "the old sheet\n");
        Path otherName = folder.resolve("old-name.txt");
        try {
            Files.createLink(otherName, file);
        } catch (IOException | UnsupportedOperationException e) {
            assumeThat(false).as("hard links: %s", e.getMessage()).isTrue();
        }

        Run run = sheetTo(file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(file)).contains(GROUP);
        // the old file (still reachable by its other name) was never opened for writing: a new one took its name
        assertThat(Files.readString(otherName)).isEqualTo("the old sheet\n");
        assertThat(folderContent()).containsExactly(otherName, file);
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void givenAFifo_whenPrinted_thenWrittenAsAStreamAndTheFifoStaysAFifo() throws Exception {
        Path fifo = SpecialFiles.fifo(folder.resolve("sheet.fifo"));
        CompletableFuture<byte[]> reader = SpecialFiles.readInBackground(fifo);

        Run run = sheetTo(fifo.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCode.OK);
        assertThat(new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8)).contains(GROUP)
                .contains(shell.messages().text("procedure.title"));
        assertThat(SpecialFiles.isSpecial(fifo)).isTrue();
        assertThat(folderContent()).containsExactly(fifo);
    }

    @Test
    void givenDevNull_whenPrintedAndExported_thenWrittenAsAStreamAndStillTheDevice() throws IOException {
        Path devNull = SpecialFiles.device("/dev/null");

        Run sheet = sheetTo(devNull.toString());
        Run export = shell.run("group export", GROUP, "--output", devNull.toString());

        assertThat(sheet.exit()).isEqualTo(ExitCode.OK);
        assertThat(export.exit()).isEqualTo(ExitCode.OK);
        assertThat(sheet.err()).contains(shell.messages().text("output.written", devNull));
        assertThat(SpecialFiles.isSpecial(devNull)).isTrue();
    }

    @Test
    void givenDevFull_whenPrinted_thenTheDiskIsFullInOneLineExit3AndNoStackTrace() throws IOException {
        Path devFull = SpecialFiles.device("/dev/full");

        Run run = sheetTo(devFull.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(refusal("error.output-file", devFull,
                shell.messages().text("file.reason.disk-full")));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(SpecialFiles.isSpecial(devFull)).isTrue();
    }

    @Test
    void givenAFolder_whenPrinted_thenUsageErrorAndTheFolderUntouched() throws IOException {
        Files.writeString(folder.resolve("kept.txt"), "kept");

        Run run = sheetTo(folder.toString());

        assertUsageError(run, refusal("file.directory", folder, expected()));
        assertThat(folderContent()).containsExactly(folder.resolve("kept.txt"));
    }

    @Test
    void givenTheRootFolder_whenPrintedOrExported_thenUsageErrorNotAnUnexpectedFailure() {
        assertUsageError(sheetTo("/"), refusal("file.directory", "/", expected()));
        assertUsageError(shell.run("group export", GROUP, "--output", "/"), refusal("file.directory", "/", expected()));
    }

    @Test
    void givenASocket_whenPrinted_thenUsageErrorAndTheSocketUntouched() throws IOException {
        Path path = folder.resolve("groupsetup.sock");
        try (ServerSocketChannel socket = SpecialFiles.socket(path)) {
            assertThat(socket.isOpen()).isTrue();

            assertUsageError(sheetTo(path.toString()), refusal("file.socket", path, expected()));
            assertThat(SpecialFiles.isSpecial(path)).isTrue();
        }
    }

    @Test
    void givenABlockDevice_whenPrinted_thenUsageError() throws IOException {
        Path device = SpecialFiles.anyBlockDevice();

        assertUsageError(sheetTo(device.toString()), refusal("file.block-device", device, expected()));
    }

    @Test
    void givenADeviceThatIsNeitherATerminalNorASink_whenPrinted_thenUsageError() throws IOException {
        Path devZero = SpecialFiles.device("/dev/zero");

        assertUsageError(sheetTo(devZero.toString()), refusal("file.device", devZero, expected()));
        assertThat(SpecialFiles.isSpecial(devZero)).isTrue();
    }

    @Test
    void givenASymbolicLinkToAFile_whenPrinted_thenRefusedNamingTheFileAndBothUntouched() throws IOException {
        Path target = Files.writeString(folder.resolve("precious.txt"), "precious\n");
        Path link = createLink(folder.resolve("sheet.txt"), target);

        assertUsageError(sheetTo(link.toString()), refusal("file.link", link, expected(), target.toRealPath()));
        assertThat(Files.readString(target)).isEqualTo("precious\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void givenASymbolicLinkToNothingYet_whenPrinted_thenRefusedAndNothingCreated() throws IOException {
        Path link = createLink(folder.resolve("sheet.txt"), folder.resolve("elsewhere.txt"));

        Run run = sheetTo(link.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains(link.toString()).contains("elsewhere.txt");
        assertThat(folder.resolve("elsewhere.txt")).doesNotExist();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void givenASymbolicLinkToAFifo_whenPrinted_thenFollowedAndWrittenAsAStream() throws Exception {
        Path fifo = SpecialFiles.fifo(folder.resolve("sheet.fifo"));
        Path link = createLink(folder.resolve("sheet-link"), fifo);
        CompletableFuture<byte[]> reader = SpecialFiles.readInBackground(fifo);

        Run run = sheetTo(link.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCode.OK);
        assertThat(new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8)).contains(GROUP);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(SpecialFiles.isSpecial(fifo)).isTrue();
    }

    @Test
    void givenAnEmptyName_whenPrinted_thenUsageError() {
        assertUsageError(sheetTo(""), refusal("file.empty-name", "", expected()));
    }

    @Test
    void givenANameThatCannotBeAPath_whenPrinted_thenUsageErrorShowingItEscaped() {
        Run run = sheetTo("sheet\u0000.txt");

        assertUsageError(run, refusal("file.invalid-name", "sheet\u0000.txt", expected()));
        assertThat(run.err()).contains("sheet\\u0000.txt").doesNotContain("\u0000");
    }

    @Test
    void givenANameWithACharacterThatCouldAct_whenPrinted_thenUsageErrorAndNoSuchFileMade() throws IOException {
        for (String name : List.of("sheet\u001b[31m.txt", "line one\nforged.txt", "abc\u202Etxt.exe", "Ma\u200Brie")) {
            Path file = folder.resolve(name);

            Run run = sheetTo(file.toString());

            assertUsageError(run, refusal("file.invalid-name", file, expected()));
            assertThat(run.err()).doesNotContain(name);
        }
        assertThat(folderContent()).isEmpty();
    }

    @Test
    void givenAFolderThatIsAFile_whenPrinted_thenUsageError() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "notes");
        Path inside = file.resolve("sheet.txt");

        assertUsageError(sheetTo(inside.toString()), refusal("file.not-a-folder", inside, expected()));
        assertThat(Files.readString(file)).isEqualTo("notes");
    }

    @Test
    void givenAReadOnlyFile_whenPrinted_thenUsageErrorAndTheFileUntouched() throws IOException {
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path file = Files.writeString(folder.resolve("sheet.txt"), "kept\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assumeThat(Files.isWritable(file)).as("not running as root").isFalse();

        assertUsageError(sheetTo(file.toString()), refusal("file.read-only", file, expected()));
        assertThat(Files.readString(file)).isEqualTo("kept\n");
    }

    @Test
    void givenAJsonSheetToAFile_whenWritten_thenOneValidJsonDocument() throws IOException {
        Path file = folder.resolve("sheet.json");

        assertThat(shell.run("group sheet", GROUP, "--format", "json", "--output", file.toString()).exit())
                .isEqualTo(ExitCode.OK);

        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(file.toFile())
                .get("group").stringValue()).isEqualTo(GROUP);
    }

    private static Path createLink(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            assumeThat(false).as("symbolic links: %s", e.getMessage()).isTrue();
            throw e;
        }
    }
}
