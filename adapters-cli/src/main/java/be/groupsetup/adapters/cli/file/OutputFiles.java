package be.groupsetup.adapters.cli.file;

import be.groupsetup.domain.text.UnsafeCharacters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files the technician asks for ({@code --output}), by what the name turns out to be (docs/rules.md §5.5):
 * <ul>
 *   <li>a new path or a regular file: written whole and atomically — a temporary file in the same folder,
 *   owner-only ({@code 0600}: it holds personal data), synced, then renamed over the name; never half-written;</li>
 *   <li>a pipe or FIFO, a terminal, {@code /dev/null} (and {@code /dev/full}): opened for writing and written as a
 *   stream — never created, replaced, truncated or deleted;</li>
 *   <li>a folder, a block device, a socket, another device or any other special file: refused, untouched.</li>
 * </ul>
 * A name holding a character that could act (docs/rules.md §1.4: a line feed, an escape, a bidi override …) is refused:
 * no such file name is ever made. A symbolic link is followed only to a stream ({@code /dev/stdout}, {@code /dev/fd/3},
 * a link to a FIFO): a link to a regular file, or to nothing yet, is refused. Replacing a file atomically renames over
 * its name, which would replace the link and not the file; and following it would let whoever placed the link in a
 * shared folder choose which of the technician's files is replaced. The standard output ({@code -}) is the caller's
 * business.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Writes the content to the file named on the command line.
     *
     * @return the absolute path written, to show
     * @throws FileProblem what is wrong with the name (nothing was written), or why writing failed
     */
    public static Path write(String given, byte[] content) throws FileProblem {
        if (given != null && UnsafeCharacters.first(given).isPresent()) {
            // a name that could act (a line feed, an escape, a bidi override) is not made, wherever it would go
            throw new FileProblem(FileProblem.Kind.INVALID_NAME, given, null);
        }
        Path path = FileKinds.path(given);
        FileKinds.Kind kind = FileKinds.kind(path, given);
        switch (kind) {
            case FIFO, TERMINAL, SINK -> stream(path, given, content);
            case MISSING, REGULAR -> {
                if (FileKinds.isSymbolicLink(path)) {
                    throw new FileProblem(FileProblem.Kind.LINK, given, FileKinds.linkTarget(path));
                }
                atomically(path, given, kind == FileKinds.Kind.REGULAR, content);
            }
            case DIRECTORY -> throw new FileProblem(FileProblem.Kind.DIRECTORY, given, null);
            case BLOCK_DEVICE -> throw new FileProblem(FileProblem.Kind.BLOCK_DEVICE, given, null);
            case SOCKET -> throw new FileProblem(FileProblem.Kind.SOCKET, given, null);
            case CHARACTER_DEVICE -> throw new FileProblem(FileProblem.Kind.DEVICE, given, null);
            default -> throw new FileProblem(FileProblem.Kind.SPECIAL, given, null);
        }
        return path.toAbsolutePath();
    }

    private static void stream(Path path, String given, byte[] content) throws FileProblem {
        OutputStream out;
        try {
            // WRITE alone: no CREATE, no TRUNCATE_EXISTING; a FIFO waits here for its reader, as the shell's > does
            out = Files.newOutputStream(path, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw FileKinds.problem(FileProblem.Kind.UNUSABLE, given, e);
        }
        try (out) {
            out.write(content);
            out.flush();
        } catch (IOException e) {
            throw FileKinds.problem(FileProblem.Kind.FAILED, given, e);
        }
    }

    private static void atomically(Path path, String given, boolean exists, byte[] content) throws FileProblem {
        Path absolute = path.toAbsolutePath();
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new FileProblem(Files.exists(folder) ? FileProblem.Kind.NOT_A_FOLDER : FileProblem.Kind.MISSING_FOLDER,
                    given, null);
        }
        if (exists && !Files.isWritable(absolute)) {
            throw new FileProblem(FileProblem.Kind.READ_ONLY, given, null);
        }
        Path temporary;
        try {
            temporary = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(folder, ".groupsetup-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(folder, ".groupsetup-", ".tmp");
        } catch (IOException e) {
            throw FileKinds.problem(FileProblem.Kind.UNUSABLE, given, e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw FileKinds.problem(FileProblem.Kind.FAILED, given, e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a temporary file left behind is named .groupsetup-…tmp; nothing else was touched
            }
        }
    }
}
