package be.groupsetup.bootstrap;

import be.groupsetup.persistence.directory.DataDirectory;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shell's own history file, which JLine opens by its name: created owner-only in the data directory, and never
 * read, written or chmod-ed through a symbolic link (a file outside the data directory it points to is left exactly
 * as it was, mode included).
 */
class ShellFilesTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path temporary;
    private DataDirectory directory;
    private Path outside;

    @BeforeEach
    void dataDirectoryAndAFileOutside() throws IOException {
        directory = DataDirectory.open(temporary.resolve("data"));
        outside = Files.writeString(temporary.resolve("outside.txt"), "someone else's file\n");
        assumeTrue(directory.hasPosixPermissions(), "POSIX permissions");
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setLastModifiedTime(outside, LONG_AGO);
    }

    @Test
    void givenNoHistoryYet_whenProtected_thenCreatedOwnerOnlyAndJLineKeepsTheCommandsThere() throws IOException {
        ShellFiles files = new ShellFiles(directory, "shell-history");

        files.protect();
        ShellFiles.Guarded history = attached(files);
        history.add("group list");
        history.save();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.history()))).isEqualTo("rw-------");
        assertThat(Files.readString(files.history())).contains("group list");
    }

    @Test
    void givenTheHistoryIsALinkToAFileOutside_whenTheShellLoadsAndSavesIt_thenThatFileIsNeitherReadWrittenNorChmodded()
            throws IOException {
        Path link = Files.createSymbolicLink(directory.root().resolve("shell-history"), outside);
        ShellFiles files = new ShellFiles(directory, "shell-history");

        files.protect();
        ShellFiles.Guarded history = attached(files);
        history.add("group show 94123456001");
        history.save();
        history.purge();

        assertThat(history.size()).as("nothing loaded from the file outside").isEqualTo(1);
        assertThat(Files.readString(outside)).isEqualTo("someone else's file\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outside))).isEqualTo("rw-r--r--");
        assertThat(Files.getLastModifiedTime(outside)).isEqualTo(LONG_AGO);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void givenADanglingLinkWhereTheHistoryShouldBe_whenProtectedAndSaved_thenNothingIsCreatedAtItsTarget()
            throws IOException {
        Path target = temporary.resolve("created-through-the-link");
        Files.createSymbolicLink(directory.root().resolve("shell-history"), target);
        ShellFiles files = new ShellFiles(directory, "shell-history");

        files.protect();
        ShellFiles.Guarded history = attached(files);
        history.add("group list");
        history.save();

        assertThat(target).doesNotExist();
    }

    /** JLine's history attached to a line reader on a dumb terminal, whose history file is the shell's. */
    private ShellFiles.Guarded attached(ShellFiles files) throws IOException {
        Terminal terminal = new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                .variable(LineReader.HISTORY_FILE, files.history()).build();
        ShellFiles.Guarded history = new ShellFiles.Guarded(files);
        history.attach(reader);
        return history;
    }
}
