package be.groupsetup.application.port.out;

import be.groupsetup.application.model.GroupArchive;

/** Writes and reads the export file of one group (its format is the storage adapter's document format). */
public interface ArchiveCodecPort {

    String encode(GroupArchive archive);

    /**
     * @throws be.groupsetup.application.error.ArchiveFormatException when the text is not such a file, or one of a
     *                                                                newer format than this release reads
     */
    GroupArchive decode(String text);
}
