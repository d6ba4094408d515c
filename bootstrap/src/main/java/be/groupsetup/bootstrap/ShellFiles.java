package be.groupsetup.bootstrap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The shell's own file, its command history, holds what was typed (personal data): it lives in the data
 * directory and is created owner-only before JLine ever writes it.
 */
@Component
class ShellFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path history;

    ShellFiles(GroupsetupSettings settings, @Value("${spring.shell.history.name}") String historyName) {
        this.history = settings.dataDir().resolve(historyName);
    }

    void protect() {
        try {
            Files.createDirectories(history.getParent());
            boolean posix = history.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (!Files.exists(history)) {
                if (posix) {
                    Files.createFile(history, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createFile(history);
                }
            } else if (posix && !Files.getPosixFilePermissions(history).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(history, OWNER_ONLY);
            }
        } catch (IOException e) {
            // the history is a comfort, not data: the shell works without it
        }
    }

    Path history() {
        return history;
    }
}
