package be.groupsetup.persistence.directory;

import be.groupsetup.application.error.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The data directory: personal data, for one user account (docs/rules.md §6).
 * <ul>
 *   <li>A directory the tool creates (the data directory, its {@code groups} folder) is created owner-only
 *   (0700), every file 0600, where the file system has POSIX permissions; elsewhere the user profile's own
 *   protection applies (said once in the log).</li>
 *   <li>The mode of a directory that already exists is never changed. One that other users can write to (group or
 *   other write bit, sticky or not) or that another user owns is refused ({@link DataDirectoryRefusedException},
 *   saying what to run), before anything is read or written in it.</li>
 *   <li>A data directory that is a symbolic link (or lies under one) is resolved once, here ({@code toRealPath});
 *   inside it nothing is opened through a symbolic link: every read, append, truncation and open goes through this
 *   class with {@link LinkOption#NOFOLLOW_LINKS}, a link found where a file of the store should be is refused
 *   ({@link LinkRefusedException}), and replacements are renames, which replace a link rather than write through
 *   it.</li>
 * </ul>
 * Also the low-level writes every store file goes through: atomic replacement and forced appends.
 */
public final class DataDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};
    /** A path shown in a command to run as it is, without quotes. */
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9_./+,:@%=-]+");
    public static final String TEMPORARY_PREFIX = ".tmp-";
    private static volatile boolean warnedAboutPermissions;

    private final Path root;
    private final boolean posix;

    private DataDirectory(Path root, boolean posix) {
        this.root = root;
        this.posix = posix;
    }

    /**
     * The directory, created owner-only if missing; an existing one is checked, never changed.
     *
     * @throws DataDirectoryRefusedException other users can write to it, or another user owns it
     * @throws StorageException               it cannot be created, or is not a folder
     */
    public static DataDirectory open(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        FileSystem fileSystem = absolute.getFileSystem();
        boolean posix = fileSystem.supportedFileAttributeViews().contains("posix");
        if (!posix && !warnedAboutPermissions) {
            warnedAboutPermissions = true;
            LOG.warn("This file system has no POSIX permissions: the data directory relies on the user profile's protection");
        }
        Path real;
        try {
            if (!Files.exists(absolute)) {
                create(absolute, posix, true);
            }
            // resolved once: a data directory that is a symbolic link is used through its target from here on
            real = absolute.toRealPath();
        } catch (IOException | SecurityException e) {
            throw new StorageException("storage.directory", e, absolute, describe(e));
        }
        DataDirectory directory = new DataDirectory(real, posix);
        directory.checkExisting(real);
        return directory;
    }

    public Path root() {
        return root;
    }

    public boolean hasPosixPermissions() {
        return posix;
    }

    /** A sub-directory, created owner-only when missing; an existing one is checked like the data directory. */
    public Path directory(String name) {
        Path directory = root.resolve(name);
        try {
            if (!Files.exists(directory, NO_FOLLOW)) {
                create(directory, posix, false);
            }
        } catch (IOException | SecurityException e) {
            throw new StorageException("storage.directory", e, directory, describe(e));
        }
        checkExisting(directory);
        return directory;
    }

    /** Creates a missing folder (and, for the data directory, its missing parents) owner-only. */
    private static void create(Path directory, boolean posix, boolean withParents) throws IOException {
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY)}
                : new FileAttribute<?>[0];
        try {
            if (withParents) {
                // the parents too are made owner-only: they are new, so the user's own
                Files.createDirectories(directory, attributes);
            } else {
                Files.createDirectory(directory, attributes);
            }
        } catch (FileAlreadyExistsException e) {
            // made by another process in the meantime (or a file is in the way, which the check below reports)
            return;
        }
        if (posix && !Files.getPosixFilePermissions(directory, NO_FOLLOW).equals(OWNER_ONLY_DIRECTORY)) {
            // created by us just now: a umask that took away the owner's own rights is undone, on ours only
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        }
    }

    /**
     * A folder that exists: a folder, not a link (inside the data directory), owned by this user and writable by
     * nobody else. Its mode is never changed.
     */
    private void checkExisting(Path directory) {
        BasicFileAttributes attributes;
        try {
            attributes = posix ? Files.readAttributes(directory, PosixFileAttributes.class, NO_FOLLOW)
                    : Files.readAttributes(directory, BasicFileAttributes.class, NO_FOLLOW);
        } catch (IOException | SecurityException e) {
            throw new StorageException("storage.directory", e, directory, describe(e));
        }
        if (attributes.isSymbolicLink()) {
            throw new DataDirectoryRefusedException("storage.directory-link", directory);
        }
        if (!attributes.isDirectory()) {
            throw new StorageException("storage.directory", null, directory, "not a folder");
        }
        if (!(attributes instanceof PosixFileAttributes posixAttributes)) {
            return;
        }
        Set<PosixFilePermission> permissions = posixAttributes.permissions();
        if (permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new DataDirectoryRefusedException("storage.directory-shared", directory, mode(directory, permissions),
                    shellWord(directory));
        }
        Integer owner = uid(directory);
        Integer self = CurrentUser.uid();
        if (owner != null && self != null && !owner.equals(self)) {
            String user = System.getProperty("user.name", "$USER");
            throw new DataDirectoryRefusedException("storage.directory-foreign", directory,
                    posixAttributes.owner().getName(), user, shellWord(directory));
        }
    }

    /** The mode in octal, special bits included ({@code 1777}); the permission string where that is not known. */
    private static String mode(Path directory, Set<PosixFilePermission> permissions) {
        try {
            Object mode = Files.getAttribute(directory, "unix:mode", NO_FOLLOW);
            if (mode instanceof Integer bits) {
                return String.format("%04o", bits & 07777);
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            // not a Unix file system view: the permission string says enough
        }
        return PosixFilePermissions.toString(permissions);
    }

    private static Integer uid(Path path) {
        try {
            Object uid = Files.getAttribute(path, "unix:uid", NO_FOLLOW);
            return uid instanceof Integer value ? value : null;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    private static String shellWord(Path path) {
        return shellWord(path.toString());
    }

    /** The path as one word of a POSIX shell command line: as it is when plain, else in single quotes. */
    public static String shellWord(String text) {
        if (PLAIN_PATH.matcher(text).matches()) {
            return text;
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }

    // ------------------------------------------------------------------------------------------- files inside

    /**
     * The whole content of a file of the data directory, read without following a symbolic link.
     *
     * @param limit the most bytes the file may hold; a larger one is refused without being read
     * @throws NoSuchFileException  there is no such file
     * @throws LinkRefusedException it is a symbolic link, or not a regular file (a folder, a pipe, a device)
     */
    public byte[] readRegularFile(Path file, long limit) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, NO_FOLLOW);
        refuseUnlessRegular(file, attributes);
        if (attributes.size() > limit) {
            throw new IOException(file + " is larger than " + limit + " bytes");
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            // at most one byte beyond the limit, however much the file holds (or has grown to since)
            byte[] content = Channels.newInputStream(channel).readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 16) + 1);
            if (content.length > limit) {
                throw new IOException(file + " is larger than " + limit + " bytes");
            }
            return content;
        }
    }

    /**
     * The end of a file as {@link #readRegularFile} reads it, with where in the file it begins.
     *
     * @param start   the offset in the file of {@code content}'s first byte (0: the whole file was read)
     * @param content the bytes from {@code start} to the end of the file as it was measured
     */
    public record Tail(long start, byte[] content) {
    }

    /**
     * The last {@code bytes} bytes of a file of the data directory (all of it when it is shorter), read as
     * {@link #readRegularFile} reads: never through a link, nothing but a regular file; with where they begin in the
     * file (to cut it there, say). For a file appended to and read from its end, such as a group's history, whose last
     * lines are all a reader needs.
     *
     * @throws NoSuchFileException  there is no such file
     * @throws LinkRefusedException it is a symbolic link, or not a regular file (a folder, a pipe, a device)
     */
    public Tail readRegularFileEnd(Path file, int bytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, NO_FOLLOW);
        refuseUnlessRegular(file, attributes);
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            long start = Math.max(0, size - bytes);
            ByteBuffer tail = ByteBuffer.allocate((int) (size - start));
            channel.position(start);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // until the end as it was measured (a line appended meanwhile is the next reader's)
            }
            return new Tail(start, java.util.Arrays.copyOf(tail.array(), tail.position()));
        }
    }

    /**
     * What is at {@code file}, without following a link: absent (false), a regular file (true); a link or anything
     * else is refused.
     */
    public boolean isRegularFileOrAbsent(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, NO_FOLLOW);
        } catch (NoSuchFileException e) {
            return false;
        }
        refuseUnlessRegular(file, attributes);
        return true;
    }

    /** Whether anything (a link included, followed or not) is at {@code file}. */
    public static boolean exists(Path file) {
        return Files.exists(file, NO_FOLLOW);
    }

    private static void refuseUnlessRegular(Path file, BasicFileAttributes attributes) throws LinkRefusedException {
        if (attributes.isSymbolicLink()) {
            throw new LinkRefusedException(file.toString(), true);
        }
        if (!attributes.isRegularFile()) {
            throw new LinkRefusedException(file.toString(), false);
        }
    }

    /**
     * Replaces {@code target} by {@code content} so that a reader sees the old or the new file, never a part:
     * temporary file in the same folder (created new: never through a link), forced to disk, atomically moved over
     * the target (a rename replaces a link at the target, it never writes through it), folder forced.
     */
    public void writeAtomically(Path target, byte[] content) throws IOException {
        Path folder = target.getParent();
        Path temporary = folder.resolve(TEMPORARY_PREFIX + target.getFileName() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try (FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), fileAttributes())) {
            writeFully(channel, content);
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        forceFolder(folder);
    }

    /**
     * Appends to a file (created owner-only if missing) and forces it to disk before returning. A symbolic link (or
     * anything but a regular file) there is refused: nothing is ever appended through a link.
     */
    public void appendForced(Path file, byte[] content) throws IOException {
        boolean created = !isRegularFileOrAbsent(file);
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND,
                LinkOption.NOFOLLOW_LINKS);
        try (FileChannel channel = FileChannel.open(file, options, fileAttributes())) {
            writeFully(channel, content);
            channel.force(true);
        }
        if (created) {
            forceFolder(file.getParent());
        }
    }

    /** Cuts a regular file (never through a link) to {@code length} bytes and forces it. */
    public void truncate(Path file, long length) throws IOException {
        isRegularFileOrAbsent(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            channel.truncate(length);
            channel.force(true);
        }
    }

    /** Opens (creating owner-only) a file for reading and writing, e.g. the lock file; never through a link. */
    public FileChannel openReadWrite(Path file) throws IOException {
        isRegularFileOrAbsent(file);
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), fileAttributes());
    }

    /** Forces a folder's entries (a rename, a new file) to disk, where the platform allows it. */
    public void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open a folder as a channel; the atomic move is then all we have.
        }
    }

    private FileAttribute<?>[] fileAttributes() {
        return posix ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
    }

    private static void writeFully(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    public static String describe(Exception e) {
        if (e instanceof LinkRefusedException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The user id this process runs as, where the platform tells it. */
    static final class CurrentUser {

        private static final Integer UID = find();

        private CurrentUser() {
        }

        static Integer uid() {
            return UID;
        }

        private static Integer find() {
            try {
                return (int) new com.sun.security.auth.module.UnixSystem().getUid();
            } catch (LinkageError | RuntimeException e) {
                return null; // not a Unix system (or the module is absent): the mode check alone applies
            }
        }
    }
}
