package be.groupsetup.bootstrap;

import be.groupsetup.persistence.directory.DataDirectory;
import org.jline.reader.impl.history.DefaultHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The shell's own file, its command history, holds what was typed (personal data): it lives in the data directory
 * (already opened, checked and resolved: {@link DataDirectory}), is created owner-only before JLine ever writes it,
 * and is never read or written through a symbolic link. JLine opens it by name (following links), so every load
 * and save goes through {@link Guarded}, which first looks at what is there without following a link: a link, a
 * folder, a pipe or a device there, and the shell keeps its history in memory only (said once in the log).
 */
@Component
class ShellFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ShellFiles.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path history;
    private final boolean posix;
    private volatile boolean warned;

    ShellFiles(DataDirectory directory, @Value("${spring.shell.history.name}") String historyName) {
        this.history = directory.root().resolve(historyName);
        this.posix = directory.hasPosixPermissions();
    }

    /** Creates the history owner-only if missing (never through a link); an existing one is made owner-only. */
    void protect() {
        try {
            if (posix) {
                Files.createFile(history, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(history);
            }
            return;
        } catch (FileAlreadyExistsException e) {
            // there already (or a link there, which createFile never follows): looked at below
        } catch (IOException | UnsupportedOperationException e) {
            // the history is a comfort, not data: the shell works without it
            return;
        }
        if (!usable()) {
            return;
        }
        try {
            PosixFileAttributeView view = posix ? Files.getFileAttributeView(history, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS) : null;
            if (view != null && !view.readAttributes().permissions().equals(OWNER_ONLY)) {
                view.setPermissions(OWNER_ONLY);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // as above
        }
    }

    /**
     * Whether JLine may open the history by its name: nothing there yet, or a regular file. A symbolic link (which
     * may point out of the data directory), a folder, a pipe or a device: no.
     */
    boolean usable() {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(history, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
        if (attributes.isRegularFile()) {
            return true;
        }
        if (!warned) {
            warned = true;
            LOG.warn("The shell's history {} is {}: it is neither read nor written (groupsetup follows no link inside"
                    + " its data directory); the commands typed are kept for this session only", history,
                    attributes.isSymbolicLink() ? "a symbolic link" : "not a regular file");
        }
        return false;
    }

    Path history() {
        return history;
    }

    /** JLine's history, loaded and saved only when {@link #usable()} says the file may be opened by its name. */
    static final class Guarded extends DefaultHistory {

        private final ShellFiles files;

        Guarded(ShellFiles files) {
            this.files = files;
        }

        @Override
        public void load() throws IOException {
            if (files.usable()) {
                super.load();
            }
        }

        @Override
        public void save() throws IOException {
            if (files.usable()) {
                super.save();
            }
        }

        @Override
        public void purge() throws IOException {
            if (files.usable()) {
                super.purge();
            }
        }
    }
}
