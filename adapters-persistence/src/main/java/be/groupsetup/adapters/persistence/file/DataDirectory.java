package be.groupsetup.adapters.persistence.file;

import be.groupsetup.application.error.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The data directory: personal data, so created owner-only (0700, files 0600) where the file system has POSIX
 * permissions; elsewhere the user profile's own protection applies (said once in the log). Also the low-level
 * writes every store file goes through: atomic replacement and forced appends.
 */
public final class DataDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final String TEMPORARY_PREFIX = ".tmp-";
    private static volatile boolean warnedAboutPermissions;

    private final Path root;
    private final boolean posix;

    private DataDirectory(Path root, boolean posix) {
        this.root = root;
        this.posix = posix;
    }

    /** The directory, created owner-only if missing (and its permissions tightened if it is ours). */
    public static DataDirectory open(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        FileSystem fileSystem = absolute.getFileSystem();
        boolean posix = fileSystem.supportedFileAttributeViews().contains("posix");
        if (!posix && !warnedAboutPermissions) {
            warnedAboutPermissions = true;
            LOG.warn("This file system has no POSIX permissions: the data directory relies on the user profile's protection");
        }
        DataDirectory directory = new DataDirectory(absolute, posix);
        directory.ensureDirectory(absolute);
        return directory;
    }

    public Path root() {
        return root;
    }

    public boolean hasPosixPermissions() {
        return posix;
    }

    /** A sub-directory, created owner-only when missing. */
    Path directory(String name) {
        Path directory = root.resolve(name);
        ensureDirectory(directory);
        return directory;
    }

    private void ensureDirectory(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                if (posix) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
                } else {
                    Files.createDirectories(directory);
                }
            }
            if (posix && !Files.getPosixFilePermissions(directory).equals(OWNER_ONLY_DIRECTORY)) {
                Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
            }
        } catch (IOException | SecurityException e) {
            throw new StorageException("storage.directory", e, directory, describe(e));
        }
    }

    /**
     * Replaces {@code target} by {@code content} so that a reader sees the old or the new file, never a part:
     * temporary file in the same folder, forced to disk, atomically moved over the target, folder forced.
     */
    void writeAtomically(Path target, byte[] content) throws IOException {
        Path folder = target.getParent();
        Path temporary = folder.resolve(TEMPORARY_PREFIX + target.getFileName() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try (FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), fileAttributes())) {
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

    /** Appends to a file (created owner-only if missing) and forces it to disk before returning. */
    void appendForced(Path file, byte[] content) throws IOException {
        boolean created = !Files.exists(file);
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        try (FileChannel channel = FileChannel.open(file, options, fileAttributes())) {
            writeFully(channel, content);
            channel.force(true);
        }
        if (created) {
            forceFolder(file.getParent());
        }
    }

    /** Opens (creating owner-only) a file for reading and writing, e.g. the lock file. */
    FileChannel openReadWrite(Path file) throws IOException {
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE), fileAttributes());
    }

    /** Forces a folder's entries (a rename, a new file) to disk, where the platform allows it. */
    void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
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

    static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
