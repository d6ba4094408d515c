package be.groupsetup.application.testing;

import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.port.out.ArchiveCodecPort;

import java.util.HashMap;
import java.util.Map;

/**
 * Export "files" as names of archives kept in memory, for tests of what the application does with an archive once
 * read: the file format, and its own refusals, are the storage adapter's codec's business.
 */
public final class ArchivesByName implements ArchiveCodecPort {

    private final Map<String, GroupArchive> files = new HashMap<>();

    /** Hands an archive over under a name, as a file a colleague sends. */
    public String file(GroupArchive archive) {
        String name = "export-" + (files.size() + 1) + ".json";
        files.put(name, archive);
        return name;
    }

    @Override
    public String encode(GroupArchive archive) {
        return file(archive);
    }

    @Override
    public GroupArchive decode(String text) {
        GroupArchive archive = files.get(text);
        if (archive == null) {
            throw new ArchiveFormatException("not an export", null);
        }
        return archive;
    }
}
