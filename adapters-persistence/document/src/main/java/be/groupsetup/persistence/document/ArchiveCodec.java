package be.groupsetup.persistence.document;

import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.port.out.ArchiveCodecPort;

/** Export files in the JSON document format of the stores, read with the same checks as a stored document. */
public final class ArchiveCodec implements ArchiveCodecPort {

    private final JsonDocuments json;

    public ArchiveCodec(JsonDocuments json) {
        this.json = json;
    }

    @Override
    public String encode(GroupArchive archive) {
        return json.writeExport(archive);
    }

    @Override
    public GroupArchive decode(String text) {
        try {
            return json.readExport(text);
        } catch (DocumentException e) {
            throw new ArchiveFormatException(e.reason(), e);
        }
    }
}
