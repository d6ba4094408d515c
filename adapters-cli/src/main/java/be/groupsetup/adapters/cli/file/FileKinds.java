package be.groupsetup.adapters.cli.file;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

/**
 * What a path names, told apart with the file system's own attributes (never by reading it): a regular file, a
 * folder, a pipe, a character device (a terminal, {@code /dev/null} …), a block device, a socket. On Linux and the
 * other Unix systems the kind of a special file comes from {@code unix:mode}; where that attribute is missing a
 * special file is {@link Kind#OTHER}, which nothing accepts.
 */
final class FileKinds {

    /** The kinds. */
    enum Kind { MISSING, REGULAR, DIRECTORY, FIFO, TERMINAL, SINK, CHARACTER_DEVICE, BLOCK_DEVICE, SOCKET, OTHER }

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    /** Terminals by their real name: Linux, the BSDs and macOS ({@code /dev/ttys003}). */
    private static final Pattern TERMINAL = Pattern.compile("/dev/(tty[^/]*|pts/\\d+|console)");
    /** Devices that take whatever is written: {@code /dev/null}, and {@code /dev/full}, which says the disk is full. */
    private static final Pattern SINK = Pattern.compile("/dev/(null|full)");

    private FileKinds() {
    }

    /** The path of a name given on the command line. */
    static Path path(String given) throws FileProblem {
        if (given == null || given.isEmpty()) {
            throw new FileProblem(FileProblem.Kind.EMPTY_NAME, "", null);
        }
        try {
            return Path.of(given);
        } catch (InvalidPathException e) {
            throw new FileProblem(FileProblem.Kind.INVALID_NAME, given, null);
        }
    }

    /** The kind of what the path names, following symbolic links. */
    static Kind kind(Path path, String given) throws FileProblem {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Kind.MISSING;
        } catch (IOException e) {
            FileProblem problem = problem(FileProblem.Kind.UNUSABLE, given, e);
            throw problem.reason() == FileProblem.Reason.NOT_A_FOLDER
                    ? new FileProblem(FileProblem.Kind.NOT_A_FOLDER, given, null) : problem;
        }
        if (attributes.isRegularFile()) {
            return Kind.REGULAR;
        }
        if (attributes.isDirectory()) {
            return Kind.DIRECTORY;
        }
        Integer mode = unixMode(path);
        if (mode == null) {
            return Kind.OTHER;
        }
        return switch (mode & S_IFMT) {
            case S_IFIFO -> Kind.FIFO;
            case S_IFCHR -> characterDevice(path);
            case S_IFBLK -> Kind.BLOCK_DEVICE;
            case S_IFSOCK -> Kind.SOCKET;
            default -> Kind.OTHER;
        };
    }

    static boolean isSymbolicLink(Path path) {
        return Files.isSymbolicLink(path);
    }

    private static Integer unixMode(Path path) {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return null;
        }
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            return mode instanceof Integer value ? value : null;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A terminal or a sink by its real name ({@code /dev/stdout} is a link to the terminal's); another device else. */
    private static Kind characterDevice(Path path) {
        String real;
        try {
            real = path.toRealPath().toString();
        } catch (IOException e) {
            return Kind.CHARACTER_DEVICE;
        }
        if (SINK.matcher(real).matches()) {
            return Kind.SINK;
        }
        return TERMINAL.matcher(real).matches() ? Kind.TERMINAL : Kind.CHARACTER_DEVICE;
    }

    /** The symbolic link's target as the system resolves it, or the link's own text when it leads nowhere. */
    static String linkTarget(Path link) {
        try {
            return link.toRealPath().toString();
        } catch (IOException e) {
            try {
                return link.resolveSibling(Files.readSymbolicLink(link)).toString();
            } catch (IOException | UnsupportedOperationException other) {
                return "?";
            }
        }
    }

    /** A problem of the given kind for a failed operation, with why it failed. */
    static FileProblem problem(FileProblem.Kind kind, String given, IOException e) {
        String text = e instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                ? fileSystem.getReason() : e.getMessage();
        String words = text == null || text.isBlank() ? "input/output error" : text.strip();
        FileProblem.Reason reason;
        if (e instanceof AccessDeniedException || words.contains("Operation not permitted")) {
            reason = FileProblem.Reason.ACCESS_DENIED;
        } else if (e instanceof NoSuchFileException) {
            reason = FileProblem.Reason.NO_SUCH_FILE;
        } else if (e instanceof NotDirectoryException || words.contains("Not a directory")) {
            reason = FileProblem.Reason.NOT_A_FOLDER;
        } else if (e instanceof FileSystemLoopException || words.contains("Too many levels of symbolic links")) {
            reason = FileProblem.Reason.LINK_LOOP;
        } else if (words.contains("File name too long")) {
            reason = FileProblem.Reason.NAME_TOO_LONG;
        } else if (words.contains("No space left on device") || words.contains("not enough space on the disk")) {
            reason = FileProblem.Reason.DISK_FULL;
        } else {
            reason = FileProblem.Reason.SYSTEM;
        }
        return new FileProblem(kind, given, reason, reason == FileProblem.Reason.SYSTEM ? words : null);
    }
}
