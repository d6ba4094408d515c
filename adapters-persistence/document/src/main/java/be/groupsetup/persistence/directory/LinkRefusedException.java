package be.groupsetup.persistence.directory;

import java.nio.file.FileSystemException;

/**
 * A file of the data directory is a symbolic link, or not a regular file, where the store expects one of its own
 * files: it is neither read nor written through (see {@link DataDirectory#readRegularFile}).
 */
public final class LinkRefusedException extends FileSystemException {

    private final boolean link;

    public LinkRefusedException(String file, boolean link) {
        super(file, null, link
                ? "is a symbolic link (groupsetup follows no link inside its data directory)"
                : "is not a regular file");
        this.link = link;
    }

    /** True for a symbolic link; false for a folder, a device, a pipe, a socket. */
    public boolean isLink() {
        return link;
    }
}
