package be.groupsetup.persistence.document;

/** A stored text is not a document this release can read; the reason says why, for the technician. */
public class DocumentException extends Exception {

    public DocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}
